package org.foresite.site;

import java.time.LocalDate;
import java.util.List;

/** An Atom 1.0 feed (RFC 4287), written with {@link XmlFile}: the site's, and each theme's. */
final class AtomFeed {
    /** One entry: an article's title, page, issue date, themes and summary (empty for none). */
    record Entry(String title, String url, LocalDate date, List<String> categories, String summary) {
    }

    private AtomFeed() {
    }

    /**
     * A feed titled {@code title}, identified by {@code id}, at {@code self}, about the page {@code home}; it is as
     * new as its newest entry (the Unix epoch when it has none, never the clock, so the same articles give the same
     * bytes).
     */
    static String write(String title, String author, String id, String self, String home, List<Entry> entries) {
        LocalDate updated = entries.stream().map(Entry::date).max(java.util.Comparator.naturalOrder())
                .orElse(LocalDate.of(1970, 1, 1));
        XmlFile xml = new XmlFile("feed", HostingFiles.ATOM_NAMESPACE);
        xml.element("title", title).line();
        xml.element("id", id).line();
        xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", self).line();
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", home).line();
        xml.element("updated", timestamp(updated)).line();
        xml.open("author").element("name", author).close();
        xml.element("generator", "Foresite").line();
        for (Entry e : entries) {
            xml.open("entry").line();
            xml.element("title", e.title()).line();
            xml.element("id", e.url()).line();
            xml.empty("link", "rel", "alternate", "type", "text/html", "href", e.url()).line();
            xml.element("updated", timestamp(e.date())).line();
            for (String category : e.categories()) {
                xml.empty("category", "term", category).line();
            }
            if (!e.summary().isEmpty()) {
                xml.element("summary", e.summary()).line();
            }
            xml.close();
        }
        return xml.finish();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}

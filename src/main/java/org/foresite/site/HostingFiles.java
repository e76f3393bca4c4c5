package org.foresite.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.text.PlainText;

/**
 * The files a static host wants beside the pages: {@code .nojekyll}, {@code robots.txt}, {@code CNAME}, and,
 * when the base URL is known (they need absolute URLs), {@code sitemap.xml} and an Atom {@code feed.xml}.
 * Dates come from the articles' issue dates, never from the clock, so output stays deterministic.
 */
final class HostingFiles {
    static final int FEED_ENTRIES = 50;
    static final int FEED_SUMMARY = 300;

    private HostingFiles() {
    }

    static List<OutputFile> files(KnowledgeBase kb, UrlScheme urls, BuildOptions options, List<PagePlan.Page> pages) {
        List<OutputFile> files = new ArrayList<>();
        files.add(text(".nojekyll", ""));
        String base = options.baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (base != null) {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            files.add(text("sitemap.xml", sitemap(base, pages)));
            files.add(text("feed.xml", feed(kb, urls, options)));
        }
        files.add(text("robots.txt", robots.toString()));
        if (options.cname() != null) {
            files.add(text("CNAME", options.cname() + "\n"));
        }
        return files;
    }

    private static String sitemap(String base, List<PagePlan.Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (PagePlan.Page page : pages) {
            if (!page.listed()) {
                continue;
            }
            xml.append("<url><loc>").append(escape(UrlScheme.absolute(base, page.path()))).append("</loc>");
            if (page.lastModified() != null) {
                xml.append("<lastmod>").append(page.lastModified()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /** Atom 1.0 (RFC 4287): the newest dated articles. */
    private static String feed(KnowledgeBase kb, UrlScheme urls, BuildOptions options) {
        String base = options.baseUrl();
        List<Article> entries = kb.articles().stream()
                .filter(a -> a.origin() != null && a.origin().date() != null)
                .limit(FEED_ENTRIES).toList();
        LocalDate updated = entries.isEmpty() ? LocalDate.of(1970, 1, 1) : entries.get(0).origin().date();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("<title>").append(escape(options.siteName())).append("</title>\n");
        xml.append("<id>").append(escape(base)).append("</id>\n");
        xml.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(base)).append("feed.xml\"/>\n");
        xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base)).append("\"/>\n");
        xml.append("<updated>").append(timestamp(updated)).append("</updated>\n");
        xml.append("<author><name>").append(escape(options.siteName())).append("</name></author>\n");
        xml.append("<generator>Foresite</generator>\n");
        for (Article a : entries) {
            String url = UrlScheme.absolute(base, urls.article(a.id()));
            xml.append("<entry>\n");
            xml.append("<title>").append(escape(a.title())).append("</title>\n");
            xml.append("<id>").append(escape(url)).append("</id>\n");
            xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(url)).append("\"/>\n");
            xml.append("<updated>").append(timestamp(a.origin().date())).append("</updated>\n");
            for (String theme : a.themes()) {
                xml.append("<category term=\"").append(escape(theme)).append("\"/>\n");
            }
            String summary = PlainText.cut(PlainText.of(a.summary()), FEED_SUMMARY);
            if (!summary.isEmpty()) {
                xml.append("<summary>").append(escape(summary)).append("</summary>\n");
            }
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, Objects.requireNonNull(content).getBytes(StandardCharsets.UTF_8));
    }
}

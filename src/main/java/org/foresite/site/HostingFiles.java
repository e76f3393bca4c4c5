package org.foresite.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    /** URLs a sitemap file may list (the sitemap protocol's limit). */
    static final int SITEMAP_URLS = 50_000;
    static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

    private HostingFiles() {
    }

    static List<OutputFile> files(KnowledgeBase kb, UrlScheme urls, BuildOptions options, List<PagePlan.Page> pages) {
        List<OutputFile> files = new ArrayList<>();
        files.add(text(".nojekyll", ""));
        String base = options.baseUrl();
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (base != null) {
            robots.append("Sitemap: ").append(base).append("sitemap.xml\n");
            sitemaps(base, pages, SITEMAP_URLS).forEach((path, xml) -> files.add(text(path, xml)));
            files.add(text("feed.xml", feed(kb, urls, options)));
        }
        files.add(text("robots.txt", robots.toString()));
        if (options.cname() != null) {
            files.add(text("CNAME", options.cname() + "\n"));
        }
        return files;
    }

    /**
     * The sitemap: one file when the site has at most {@code limit} listed pages, else (the protocol allows 50,000
     * URLs a file) an index in {@code sitemap.xml} of files of {@code limit} pages each under {@code sitemaps/}.
     */
    static Map<String, String> sitemaps(String base, List<PagePlan.Page> pages, int limit) {
        List<PagePlan.Page> listed = pages.stream().filter(PagePlan.Page::listed).toList();
        Map<String, String> files = new LinkedHashMap<>();
        if (listed.size() <= limit) {
            files.put("sitemap.xml", urlSet(base, listed));
            return files;
        }
        XmlFile index = new XmlFile("sitemapindex", SITEMAP_NAMESPACE);
        for (int from = 0, n = 1; from < listed.size(); from += limit, n++) {
            List<PagePlan.Page> part = listed.subList(from, Math.min(listed.size(), from + limit));
            String path = "sitemaps/sitemap-" + n + ".xml";
            files.put(path, urlSet(base, part));
            LocalDate newest = part.stream().map(PagePlan.Page::lastModified).filter(java.util.Objects::nonNull)
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
            index.open("sitemap").element("loc", base + path);
            if (newest != null) {
                index.element("lastmod", newest.toString());
            }
            index.close();
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("sitemap.xml", index.finish());
        ordered.putAll(files);
        return ordered;
    }

    private static String urlSet(String base, List<PagePlan.Page> pages) {
        XmlFile xml = new XmlFile("urlset", SITEMAP_NAMESPACE);
        for (PagePlan.Page page : pages) {
            xml.open("url").element("loc", UrlScheme.absolute(base, page.path()));
            if (page.lastModified() != null) {
                xml.element("lastmod", page.lastModified().toString());
            }
            xml.close();
        }
        return xml.finish();
    }

    /** Atom 1.0 (RFC 4287): the newest dated articles. */
    private static String feed(KnowledgeBase kb, UrlScheme urls, BuildOptions options) {
        String base = options.baseUrl();
        List<AtomFeed.Entry> entries = kb.articles().stream()
                .filter(a -> a.issueDate() != null)
                .limit(FEED_ENTRIES)
                .map(a -> entry(a, UrlScheme.absolute(base, urls.article(a.id()))))
                .toList();
        // The site's feed has the site's address as its id, as it always had: feed readers know it by it.
        return AtomFeed.write(options.siteName(), options.siteName(), base, base + "feed.xml", base, entries);
    }

    /** What a feed shows of an article. */
    static AtomFeed.Entry entry(Article a, String url) {
        return new AtomFeed.Entry(a.title(), url, a.issueDate(), a.themes(),
                PlainText.cut(PlainText.of(a.summary()), FEED_SUMMARY));
    }

    private static OutputFile text(String path, String content) {
        return new OutputFile(path, Objects.requireNonNull(content).getBytes(StandardCharsets.UTF_8));
    }
}

package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.foresite.Fixtures;
import org.foresite.SiteFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The files GitHub Pages needs beside the pages, read with real XML parsers. */
class HostingFilesTest {
    static final String BASE = "https://user.github.io/kb/";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        new SiteBuilder().build(new BuildOptions(Fixtures.KB, Builds.TEMPLATES, site, BASE, "Fixture KB", "kb.example.org"));
    }

    private static Document xml(String name) throws Exception {
        return xml(site.resolve(name));
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrlsAndIssueDates() throws Exception {
        Document sitemap = xml("sitemap.xml");
        List<String> locs = texts(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc"));
        Set<String> expected = new HashSet<>();
        for (String page : new SiteFiles(site).pages()) {
            if (!page.equals("404.html")) {
                expected.add(BASE + (page.endsWith("index.html") ? page.substring(0, page.length() - 10) : page));
            }
        }
        assertEquals(expected, new HashSet<>(locs));
        assertEquals(expected.size(), locs.size(), "no page twice");
        for (String loc : locs) {
            assertTrue(loc.startsWith(BASE), loc);
        }
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
            String lastmod = url.getElementsByTagNameNS("*", "lastmod").getLength() == 0 ? null
                    : url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent();
            if (loc.endsWith("articles/urban-heat.html")) {
                assertEquals("2024-05-05", lastmod, "an article's lastmod is its issue date");
            } else if (loc.equals(BASE)) {
                assertEquals("2025-12-31", lastmod, "the home page changes with the newest article");
            } else if (loc.endsWith("articles/untitled.html")) {
                assertEquals(null, lastmod, "an undated article has no lastmod");
            }
        }
    }

    @Test
    void feedIsValidAtomWithTheNewestDatedArticles() throws Exception {
        assertEquals(List.of(), org.foresite.AtomSchema.problems(site.resolve("feed.xml")), "valid against the Atom schema");
        Path broken = site.resolveSibling("broken-feed.xml");
        Files.writeString(broken, Files.readString(site.resolve("feed.xml")).replaceFirst("<id>[^<]*</id>", "")
                .replaceFirst("<updated>[^<]*</updated>", "<updated>yesterday</updated>"));
        assertEquals(2, org.foresite.AtomSchema.problems(broken).size(), "the schema tells a broken feed apart: "
                + org.foresite.AtomSchema.problems(broken));
        Document feed = xml("feed.xml");
        Element root = feed.getDocumentElement();
        assertEquals("feed", root.getLocalName());
        assertEquals(ATOM, root.getNamespaceURI());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(directChild(root, required) != null, "feed lacks atom:" + required);
        }
        assertEquals(BASE, directChild(root, "id").getTextContent());
        assertTrue(directChild(root, "updated").getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(6, entries.getLength(), "every dated article: the untitled one and drone-delivery (issue 4711.0) have no date");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link")) {
                assertTrue(directChild(entry, required) != null, "entry lacks atom:" + required);
            }
            assertTrue(directChild(entry, "id").getTextContent().startsWith(BASE + "articles/"));
            assertEquals(directChild(entry, "id").getTextContent(), directChild(entry, "link").getAttribute("href"));
            titles.add(directChild(entry, "title").getTextContent());
        }
        assertEquals("Energy Storage: A Year in Review", titles.get(0), "newest first");
        assertTrue(titles.contains("Edge <script>alert(\"title\")</script> Cases & Odd Formatting"),
                "markup in titles is escaped text, parsed back intact");
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            assertTrue(((Element) links.item(i)).getAttribute("href").startsWith(BASE));
        }
    }

    @Test
    void hostingFilesForGitHubPages() throws Exception {
        assertTrue(Files.isRegularFile(site.resolve(".nojekyll")));
        assertEquals("kb.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
        String notFound = Files.readString(site.resolve("404.html"));
        assertTrue(notFound.contains("<base href=\"" + BASE + "\">"), "the 404 page's links work at any depth");
        assertFalse(notFound.contains("rel=\"canonical\""));
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapOrFeed(@TempDir Path other) throws Exception {
        Builds.fixtures(other.resolve("site"));
        assertFalse(Files.exists(other.resolve("site/sitemap.xml")));
        assertFalse(Files.exists(other.resolve("site/feed.xml")));
        assertFalse(Files.exists(other.resolve("site/CNAME")));
        assertEquals("User-agent: *\nAllow: /\n", Files.readString(other.resolve("site/robots.txt")));
    }

    private static Element directChild(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    @Test
    void aSiteWithMorePagesThanASitemapHoldsGetsASitemapIndex(@TempDir Path other) throws Exception {
        Path copy = other.resolve("site");
        new SiteBuilder().build(new BuildOptions(Fixtures.KB, Builds.TEMPLATES, copy, BASE, "Fixture KB"));
        List<PagePlan.Page> pages = new org.foresite.SiteFiles(copy).pages().stream()
                .filter(p -> !p.equals("404.html"))
                .map(p -> new PagePlan.Page(p, "x.peb", r -> java.util.Map.of(), java.time.LocalDate.of(2024, 1, 1)))
                .toList();
        java.util.Map<String, String> files = HostingFiles.sitemaps(BASE, pages, 10);
        assertEquals((pages.size() + 9) / 10 + 1, files.size(), files.keySet().toString());
        for (var e : files.entrySet()) {
            Files.createDirectories(copy.resolve(e.getKey()).getParent());
            Files.writeString(copy.resolve(e.getKey()), e.getValue());
        }
        Document index = xml(copy.resolve("sitemap.xml"));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(BASE + "sitemaps/sitemap-1.xml", texts(index.getElementsByTagNameNS(
                "http://www.sitemaps.org/schemas/sitemap/0.9", "loc")).get(0));
        assertEquals(List.of(), new org.foresite.check.SiteChecker(copy).check(BASE), "the index and its sitemaps check");
        Path second = copy.resolve("sitemaps/sitemap-2.xml");
        Files.writeString(second, Files.readString(second).replaceFirst("<loc>" + BASE, "<loc>" + BASE + "gone/"));
        assertEquals(1, new org.foresite.check.SiteChecker(copy).check(BASE).size(), "a sitemap of the index is checked too");
    }
}

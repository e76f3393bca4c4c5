package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.foresite.check.SiteChecker;
import org.foresite.diag.Diagnostic;
import org.foresite.search.SiteSearch;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder laid out like a real knowledge base's {@code docs/}: articles, an overview page and two topic analyses
 * with their card images, built as it is.
 */
class TopicSiteTest {
    static final Path DOCS = org.foresite.Fixtures.DOCS;
    static final String BASE = "https://example.org/kb/";
    static final String TIDAL = "3a9f1c2e4b6d8f0a1c3e5a7b9d1f3a5c";
    static final String FARMS = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static final String TOITS = "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49";
    static final String SOLAR = "5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b";

    @TempDir
    static Path tmp;
    static BuildReport report;
    static SiteFiles site;

    @BeforeAll
    static void build() {
        report = new SiteBuilder().build(new BuildOptions(DOCS, Builds.TEMPLATES, tmp.resolve("site"), BASE,
                BuildOptions.DEFAULT_SITE_NAME));
        site = new SiteFiles(tmp.resolve("site"));
    }

    private static List<String> messages() {
        return report.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void publishesArticlesAndTopicsAndLeavesTheOverviewOutWithANote() {
        assertEquals(7, report.seedFiles());
        assertEquals(4, report.articles());
        assertEquals(2, report.topics());
        assertEquals(1, report.skipped());
        assertTrue(messages().contains("index.md:1: note: neither an article ('# __Title__, from ([issue](url).)' with '## '"
                + " sections) nor a topic analysis ('# *Topic*: Name'), it starts '# Overview'; not published"), messages().toString());
        assertEquals(1, messages().stream().filter(m -> m.startsWith("index.md")).count(), "reported once");
        assertFalse(site.files().containsKey("articles/index-md.html") || site.files().containsKey("articles/index.html")
                && site.page("articles/index.html").select("a[href$=index.html]").eachText().contains("Overview"));
        assertTrue(report.summary().contains("4 articles, 2 topic analyses"), report.summary());
    }

    @Test
    void aTopicPageHasItsTablesCardsAndLinksResolved() throws IOException {
        Document page = site.page("topics/tidalenergy.html");
        assertEquals("Tidal Energy", page.selectFirst("h1").text());
        assertEquals("Tidal Energy · " + BuildOptions.DEFAULT_SITE_NAME, page.title());
        assertTrue(page.selectFirst("#section-summary").parent().text().contains("Projects remain expensive"));
        Element signals = page.selectFirst("#section-signals").parent();
        assertEquals(List.of("Name", "Description", "Change", "10-year", "Driving force"), signals.select("th").eachText(),
                "the table's own headers, without the row-number column");
        assertEquals(3, signals.select("tbody tr").size());
        assertEquals("Sea walls that pay", signals.select("tbody tr").get(1).child(0).text());
        Element concerns = page.selectFirst("#section-concerns").parent();
        assertEquals(List.of("Name", "Description"), concerns.select("th").eachText());
        assertEquals(List.of("Estuary ecology", "Cost overruns"), concerns.select("tbody tr > td:first-child").eachText());

        assertEquals(List.of("tidalenergy/Concern.png", "tidalenergy/Behavior.png", "tidalenergy/Issue.png",
                "tidalenergy/Technology.png"), page.select(".topic-card img").eachAttr("src"));
        assertEquals(List.of("Concerns", "Behavior", "Issue", "Technology"), page.select(".topic-card img").eachAttr("alt"));
        for (String name : List.of("Concern", "Behavior", "Issue", "Technology")) {
            assertArrayEquals(Files.readAllBytes(DOCS.resolve("analyses/topics/tidalenergy/" + name + ".png")),
                    Files.readAllBytes(tmp.resolve("site/topics/tidalenergy/" + name + ".png")), name);
        }

        List<Element> links = page.select(".topic-links li");
        assertEquals(3, links.size());
        assertEquals("../articles/" + TIDAL + ".html", links.get(0).selectFirst("a").attr("href"));
        assertEquals("../articles/" + SOLAR + ".html", links.get(1).selectFirst("a").attr("href"));
        assertEquals("https://futures.example.org/aaaabbbbccccddddeeeeffff00001111", links.get(2).selectFirst("a").attr("href"),
                "an article that is not here stays a link to where it points");
        assertTrue(links.get(2).text().endsWith("(not in this knowledge base)"));
        assertEquals("Drawn from 3 articles, 2 of them in this knowledge base.", page.selectFirst("header .meta").text());
    }

    @Test
    void aMissingCardImageShowsItsAlternativeTextWithAWarning() {
        Document page = site.page("topics/urbanfarming.html");
        assertEquals(3, page.select(".topic-card img").size());
        assertEquals("Technology", page.selectFirst(".topic-card .missing-image").text());
        assertTrue(messages().contains("analyses/topics/urbanfarming/urbanfarming.md:38: warning: card image 'Technology.png'"
                + " is not found in the seeds folder; its alternative text is shown instead"), messages().toString());
        assertFalse(site.files().containsKey("topics/urbanfarming/Technology.png"));
        assertEquals("https://elsewhere.example.net/articles/mushrooms-under-paris",
                page.select(".topic-links a").last().attr("href"));
    }

    @Test
    void theTopicsAreListedLinkedFromEveryPageAndFromTheArticlesTheyCite() {
        Document list = site.page("topics/index.html");
        assertEquals(List.of("Tidal Energy", "Urban Farming"), list.select(".topic-list > li > a").eachText());
        assertEquals(List.of("(2 articles here)", "(3 articles here)"), list.select(".topic-list .count").eachText());
        for (String page : site.pages()) {
            if (!page.equals("404.html")) {
                assertEquals(1, site.page(page).select("nav[aria-label=Site] a:containsOwn(Topics)").size(), page);
            }
        }
        assertEquals(List.of("Tidal Energy", "Urban Farming"),
                site.page("articles/" + TIDAL + ".html").select("#section-topics ~ ul a").eachText());
        assertEquals(List.of("Urban Farming"), site.page("articles/" + FARMS + ".html").select("#section-topics ~ ul a").eachText());
        assertTrue(site.page("articles/" + SOLAR + ".html").select("#section-topics ~ ul a").eachText().contains("Tidal Energy"));
        assertEquals("2 topic analyses", site.page("index.html").select(".stats a[href=topics/index.html]").text().replaceAll("\\s+", " ")
                .replaceFirst("^(\\d+) ", "$1 "));
    }

    @Test
    void theSiteChecksCleanAndTheSitemapListsTheTopics() throws IOException {
        assertEquals(List.of(), new SiteChecker(tmp.resolve("site")).check(BASE));
        String sitemap = Files.readString(tmp.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + BASE + "topics/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + BASE + "topics/tidalenergy.html</loc>"), sitemap);
    }

    @Test
    void searchFindsTopicsAfterTheArticles() {
        SiteSearch search = new SiteSearch(tmp.resolve("site"));
        List<SiteSearch.Hit> hits = search.search("estuary ecology", false).results();
        assertEquals("topics/tidalenergy.html", search.doc(hits.get(0).doc()).get("url").asText());
        assertEquals("topic", search.doc(hits.get(0).doc()).get("kind").asText());
        assertEquals("Tidal Energy", search.doc(hits.get(0).doc()).get("title").asText());
        assertTrue(hits.get(0).doc() >= report.articles(), "topics are numbered after the articles, which keep their numbers");
    }

    @Test
    void closestEntriesNeverVanish() {
        Document tidal = site.page("articles/" + TIDAL + ".html");
        // Its own title with an id that is not here: once dropped as a self link by the title fallback; now text.
        assertEquals(List.of("Tidal Lagoons Return to the Energy Agenda"), tidal.select("ul.closest .unresolved").eachText());
        assertEquals(List.of(FARMS + ".html", SOLAR + ".html"), tidal.select("ul.closest a").eachAttr("href"));
        assertTrue(messages().contains(TIDAL + ".md:34: note: Closest entry 'Floating Solar on Reservoirs' points to"
                + " '77777777777777777777777777777777', which is not in the knowledge base; linked by its title to '"
                + SOLAR + "'"), messages().toString());
        Document solar = site.page("articles/" + SOLAR + ".html");
        assertEquals(List.of("Floating Solar on Reservoirs"), solar.select("ul.closest .unresolved").eachText());
    }

    @Test
    void frenchAndJapaneseTextIsKeptIntact() throws IOException {
        Document page = site.page("articles/" + TOITS + ".html");
        assertEquals("Les fermes urbaines japonaises misent sur les toits", page.selectFirst("h1").text());
        assertTrue(page.text().contains("À Tokyo, des coopératives cultivent légumes et riz sur les toits des gares : une"
                + " réponse à la hausse des prix et à l’îlot de chaleur urbain."), page.text());
        List<String> cells = page.select("table td").eachText();
        assertTrue(cells.contains("Rizières sur les toits (屋上田んぼ)"), cells.toString());
        assertTrue(cells.contains("Des gares accueillent des rizières « 屋上農園 »."), cells.toString());
        String html = Files.readString(tmp.resolve("site/articles/" + TOITS + ".html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("屋上田んぼ") && html.contains("toits végétalisés"), "written as UTF-8 characters, not escapes");
        SiteSearch search = new SiteSearch(tmp.resolve("site"));
        assertEquals("articles/" + TOITS + ".html",
                search.doc(search.search("rizières", false).results().get(0).doc()).get("url").asText());
    }

    /**
     * The real topics with the real articles: every link whose id is among the articles resolves to its page (counted
     * here from the files), the others stay links to the published site, and the site checks clean.
     */
    @Test
    void theRealTopicsResolveTheArticlesThatAreHere() throws IOException {
        RealCorpus.assumeTopicsPresent();
        Path docs = RealCorpus.copyAllInto(tmp.resolve("real-docs"));
        Files.copy(RealCorpus.OVERVIEW, docs.resolve("index.md"));
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(RealCorpus.FUTURES)) {
            files.forEach(f -> ids.add(f.getFileName().toString().replace(".md", "")));
        }
        int local = 0;
        int all = 0;
        Pattern link = Pattern.compile("(?m)^\\* \\[.*\\]\\(https://[^)]*/([0-9a-f]{32})\\)$");
        for (Path topic : RealCorpus.topicFiles()) {
            Path target = docs.resolve("analyses/topics").resolve(topic.getParent().getFileName()).resolve(topic.getFileName());
            Files.createDirectories(target.getParent());
            Files.copy(topic, target);
            Matcher m = link.matcher(Files.readString(topic));
            while (m.find()) {
                all++;
                local += ids.contains(m.group(1)) ? 1 : 0;
            }
        }
        Path out = tmp.resolve("real-site");
        BuildReport real = new SiteBuilder().build(new BuildOptions(docs, Builds.TEMPLATES, out, BASE, BuildOptions.DEFAULT_SITE_NAME));
        assertEquals(4, real.topics());
        assertEquals(1, real.skipped(), "the overview");
        assertEquals(ids.size() + 1, real.articles(), "every article and the original seed");
        SiteFiles realSite = new SiteFiles(out);
        int localLinks = 0;
        int links = 0;
        for (String page : List.of("topics/adaptationtochange.html", "topics/advancedrobotics.html",
                "topics/aidependency.html", "topics/aiineducation.html")) {
            Document d = realSite.page(page);
            links += d.select(".topic-links li").size();
            localLinks += d.select(".topic-links a[href^=../articles/]").size();
            assertEquals(10, d.select("#section-signals ~ .table-scroll tbody tr, #section-signals + .table-scroll tbody tr").size(), page);
        }
        assertEquals(all, links);
        assertEquals(local, localLinks);
        assertTrue(local >= 16, "the sample holds 16 of the linked articles: " + local);
        assertEquals(16, real.diagnostics().stream().filter(d -> d.message().startsWith("card image")).count(),
                "the images are not in the sample: each is reported");
        assertEquals(List.of(), new SiteChecker(out).check(BASE));
    }
}

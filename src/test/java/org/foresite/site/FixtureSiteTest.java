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
import java.util.TreeMap;
import org.foresite.Fixtures;
import org.foresite.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the fixture knowledge base once and checks the site as a reader would meet it. */
class FixtureSiteTest {
    @TempDir
    static Path tmp;
    static BuildReport report;
    static SiteFiles site;

    @BeforeAll
    static void build() {
        report = Builds.fixtures(tmp.resolve("site"));
        site = new SiteFiles(tmp.resolve("site"));
    }

    @Test
    void publishesEveryArticleButTheSkippedEmptyFile() {
        assertEquals(9, report.seedFiles());
        assertEquals(8, report.articles(), "seed files minus the one skipped with a warning");
        assertEquals(12, report.themes());
        assertEquals(30, report.keywords());
        // With two articles a page: the article list takes 4 pages and Agriculture (3 articles) 2; with 8 terms a
        // page, the themes take 2 index pages and the keywords 5; with 3 lines a page, the timeline has a page for
        // each of 2022, 2024 and the undated issues and two for each of 2023 and 2025.
        assertEquals(5 + 4 + 7 + 8 + (12 + 1) + 30 + (2 + 5) + 7, report.pages(),
                "home, search, 404, signals, trends; article list; issues; articles; themes; keywords; term indexes; timeline");
        assertEquals(report.pages(), site.pages().size());
        assertTrue(report.diagnostics().stream().anyMatch(d -> d.format().equals("empty.md: warning: empty file, not an article; skipped")));
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertEquals(List.of(), new org.foresite.check.SiteChecker(tmp.resolve("site")).check(null));
    }

    @Test
    void closestEntriesLinkOnlyWhenTheTargetExists() {
        Document page = site.page("articles/robotic-farming.html");
        assertEquals(List.of("urban-heat.html", "quantum-sensors.html"),
                page.select("ul.closest a").eachAttr("href"));
        assertEquals(List.of("An article that was never collected", "Escape attempt"),
                page.select("ul.closest .unresolved").eachText());
        assertEquals(List.of("“Digital Twins” of Heritage Sites & <Museums>".replace('“', '"').replace('”', '"')),
                page.select("#section-referenced-by ~ ol a, section[aria-labelledby=section-referenced-by] a").eachText());
    }

    @Test
    void termPagesListTheirArticlesNewestFirstUnderTheCommonestSpelling() {
        Document agriculture = site.page("themes/agriculture.html");
        assertEquals("Theme: Agriculture", agriculture.select("h1").text());
        assertEquals(List.of("../articles/edge-cases.html", "../articles/robotic-farming.html"),
                agriculture.select("ol.article-list > li > a").eachAttr("href"));
        Document second = site.page("themes/agriculture/page-2.html");
        assertEquals(List.of("../../articles/heritage-seed.html"), second.select("ol.article-list > li > a").eachAttr("href"));
        assertEquals("3", second.select("ol.article-list").attr("start"), "numbering goes on from the page before");
        assertEquals("Museums scan buildings in 3D so that damaged sites can be studied and rebuilt.",
                second.select("ol.article-list > li").get(0).select("p").text());
        assertEquals("agriculture/page-2.html", agriculture.select("nav.pagination a[rel=next]").attr("href"));
        assertEquals("agriculture/page-2.html", agriculture.select("link[rel=next]").attr("href"));
        assertEquals("../agriculture.html", second.select("link[rel=prev]").attr("href"));
        assertTrue(second.select("section[aria-labelledby=term-signals]").isEmpty(), "signals are on the first page only");
        Document index = site.page("themes/index.html");
        Document rest = site.page("themes/page-2.html");
        assertEquals(12, index.select("ul.term-index li").size() + rest.select("ul.term-index li").size());
        assertEquals("Agriculture (3)", index.select("ul.term-index li").get(0).text());
        assertEquals(index.select("nav.letters a").eachText(), rest.select("nav.letters a").eachText(),
                "every page of the A–Z list links every letter");
        assertEquals("index.html#letter-a", rest.select("nav.letters a").get(0).attr("href"));
    }

    @Test
    void everyPageHasOneH1AndTheLandmarksScreenReadersUse() {
        for (String name : site.pages()) {
            Document page = site.page(name);
            assertEquals(1, page.select("h1").size(), name);
            assertEquals(1, page.select("main#main").size(), name);
            assertEquals(1, page.select("header.site-header").size(), name);
            assertEquals(1, page.select("footer").size(), name);
            assertEquals("#main", page.select("a.skip-link").attr("href"), name);
            assertTrue(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")
                    .contains("script-src 'self'"), name + ": no inline script may run");
            for (var th : page.select("thead th")) {
                assertEquals("col", th.attr("scope"), name + ": " + th);
            }
            for (var input : page.select("input, select")) {
                assertEquals(1, page.select("label[for=" + input.id() + "]").size(), name + ": unlabelled " + input);
            }
        }
    }

    @Test
    void themePagesShowCoOccurringThemesAndSignals() {
        Document agriculture = site.page("themes/agriculture.html");
        assertEquals(List.of("automation (2)", "AI System (1)", "Cultural heritage (1)"),
                agriculture.select("ul.cooccurring li").eachText(), "co-occurrence counts, most frequent first");
        assertEquals(List.of("Headerless", "Autonomous tractors in open fields", "Insurers price self-driving machines",
                "Open heritage scans"), agriculture.select("section[aria-labelledby=term-signals] tbody tr td:first-child").eachText());
        assertEquals("../signals.html?theme=agriculture",
                agriculture.select("section[aria-labelledby=term-signals] p.meta a").attr("href"));
        Document keywords = site.page("keywords/index.html");
        assertEquals(List.of("AI System (2)", "C++ (2)", "Precision Agriculture (2)"),
                keywords.select("ul.cloud li").eachText(), "the cloud holds terms used more than once, A–Z");
        assertTrue(keywords.select("#term-filter").first().parent().hasAttr("hidden"), "the filter box appears with JavaScript");
    }

    @Test
    void timelineGroupsArticlesByIssueNewestFirst() {
        Document timeline = site.page("timeline.html");
        assertEquals(List.of("2025", "2024", "2023", "2022", "Undated"), timeline.select("nav.letters li").eachText(),
                "the years, newest first, on every timeline page");
        assertEquals("2025", timeline.select("nav.letters [aria-current=page]").text());
        assertEquals(List.of("December 2025"), timeline.select("h3").eachText());
        assertEquals(List.of("#m-december-2025", "timeline/2025-2.html#m-may-2025"), timeline.select("nav.months a").eachAttr("href"));
        List<String> issues = new java.util.ArrayList<>();
        for (String page : List.of("timeline.html", "timeline/2025-2.html", "timeline/2024.html", "timeline/2023.html",
                "timeline/2023-2.html", "timeline/2022.html", "timeline/undated.html")) {
            site.page(page).select("a.issue").eachAttr("href").forEach(h -> issues.add(h.replace("../", "")));
        }
        assertEquals(List.of("issues/20251231-a-yearly-review.html", "issues/20250511d.html", "issues/20240505.html",
                "issues/20230610.html", "issues/20230115.html", "issues/20220301.html", "issues/4711-0.html"), issues,
                "every issue once, newest first, over the pages of the timeline");
        Document issue = site.page("issues/20240505.html");
        assertEquals("Issue 20240505", issue.select("h1").text());
        assertEquals(List.of("../articles/urban-heat.html"), issue.select("ol.article-list > li > a").eachAttr("href"));
        assertEquals("https://newsletter.example.org/p/20240505", issue.select("p.meta a").attr("href"));
        assertEquals(List.of("Newer: 11 May 2025", "Timeline", "Older: 10 June 2023"), issue.select("nav.pagination a").eachText());
        assertEquals("../issues/20240505.html", site.page("articles/urban-heat.html").select("p.meta a").first().attr("href"),
                "an article links to its issue's page");
    }

    @Test
    void escapesSeedTextEverywhere() throws IOException {
        for (String name : site.pages()) {
            Document doc = site.page(name);
            for (var script : doc.select("script")) {
                assertTrue(script.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js") && script.html().isEmpty(),
                        name + " has a script that is not one of the theme's files: " + script);
            }
            for (var element : doc.getAllElements()) {
                for (var attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"), name + ": event handler " + attribute);
                    assertFalse(attribute.getValue().strip().toLowerCase().startsWith("javascript:"), name + ": " + attribute);
                }
            }
            assertTrue(doc.select("img, iframe, object, embed").isEmpty(), name + " embeds something from a seed");
        }
        Document page = site.page("articles/edge-cases.html");
        assertEquals("Edge <script>alert(\"title\")</script> Cases & Odd Formatting", page.select("h1").text());
        assertEquals(List.of("https://example.org/ok"), page.select("#section-summary ~ p a").eachAttr("href"));
        assertEquals("noopener noreferrer", page.select("#section-summary ~ p a").attr("rel"));
        assertEquals("<img src=x onerror=alert(4)>", page.select("#section-keywords ~ p a").get(1).text());
    }

    @Test
    void rendersTablesWithTheirOwnColumns() {
        Document page = site.page("articles/edge-cases.html");
        var scenario = page.select("section[aria-labelledby=section-scenarios] table").first();
        assertEquals(List.of("Scenario", "Likelihood", "Note", ""), scenario.select("thead th").stream().map(e -> e.text()).toList());
        assertEquals(List.of("Pipes | bars", "high", "an escaped pipe stays in cell", ""),
                scenario.select("tbody tr").get(0).select("td").stream().map(e -> e.text()).toList());
        assertEquals(List.of("Long row", "medium", "note", "extra cell"), scenario.select("tbody tr").get(2).select("td").eachText());
        Document heat = site.page("articles/urban-heat.html");
        var signals = heat.select("section[aria-labelledby=section-signals] table").first();
        assertEquals(List.of("Name", "Description", "Change", "10-year", "Driving force", "Relevancy"), signals.select("thead th").eachText());
        assertEquals(3, signals.select("tbody tr").size());
        assertEquals("right", signals.select("tbody tr td").get(5).className());
        assertEquals(List.of("Signals", "Concerns", "Behaviors", "Technologies", "Issues", "Keywords"),
                heat.select("article h2").eachText().subList(1, 7));
    }

    @Test
    void worksWithoutATemplatesFolderUsingTheBuiltInTheme(@TempDir Path other) throws IOException {
        new SiteBuilder().build(new BuildOptions(Fixtures.KB, other.resolve("no-templates"), other.resolve("site"), null,
                BuildOptions.DEFAULT_SITE_NAME).withPageSizes(Builds.SMALL_PAGES));
        TreeMap<String, Path> builtIn = new SiteFiles(other.resolve("site")).files();
        TreeMap<String, Path> fromFolder = site.files();
        assertEquals(fromFolder.keySet(), builtIn.keySet());
        for (String name : fromFolder.keySet()) {
            assertArrayEquals(Files.readAllBytes(fromFolder.get(name)), Files.readAllBytes(builtIn.get(name)), name);
        }
    }

    @Test
    void aUserTemplateOverridesItsBuiltInTwinOnly(@TempDir Path other) throws IOException {
        Path templates = other.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("keyword.peb"),
                "{% extends \"base.peb\" %}{% block content %}<h1>Custom {{ term.name }}</h1>{% endblock %}");
        new SiteBuilder().build(new BuildOptions(Fixtures.KB, templates, other.resolve("site"), null, "My KB"));
        SiteFiles custom = new SiteFiles(other.resolve("site"));
        assertEquals("Custom batteries", custom.page("keywords/batteries.html").select("h1").text());
        assertEquals("Theme: energy", custom.page("themes/energy.html").select("h1").text());
        assertEquals("My KB", custom.page("index.html").select(".site-name").text());
    }

    @Test
    void anEmptyKnowledgeBaseGivesASiteWithNoBrokenLink(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("seeds"));
        BuildReport empty = Builds.build(other.resolve("seeds"), other.resolve("site"));
        assertEquals(0, empty.articles());
        assertEquals(List.of(), new org.foresite.check.SiteChecker(other.resolve("site")).check(null));
        assertEquals("No newsletter issues yet.", new SiteFiles(other.resolve("site")).page("timeline.html").select("main p:not(.meta)").text());
    }
}

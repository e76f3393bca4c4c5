package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.foresite.diag.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the whole real knowledge base (../shared) and checks the result page by page. */
class RealCorpusSiteTest {
    @TempDir
    static Path tmp;
    static BuildReport report;
    static SiteFiles site;

    @BeforeAll
    static void build() throws IOException {
        RealCorpus.assumePresent();
        Path seeds = RealCorpus.copyAllInto(tmp.resolve("seeds"));
        report = Builds.build(seeds, tmp.resolve("site"));
        site = new SiteFiles(tmp.resolve("site"));
    }

    @Test
    void noArticleIsLost() throws IOException {
        long skipped = report.diagnostics().stream()
                .filter(d -> d.severity() == Severity.WARNING && d.message().endsWith("skipped")).count();
        assertEquals(RealCorpus.fileCount(), report.seedFiles());
        assertEquals(report.seedFiles() - skipped, report.articles());
        assertEquals(295, report.articles());
        try (Stream<Path> articles = Files.list(tmp.resolve("site").resolve("articles"))) {
            assertEquals(report.articles(), articles.filter(p -> !p.getFileName().toString().matches("index\\.html|page-\\d+\\.html")).count());
        }
        int listPages = (report.articles() + 99) / 100;
        long issues;
        try (Stream<Path> files = Files.list(tmp.resolve("site").resolve("issues"))) {
            issues = files.count();
        }
        assertEquals(121, issues, "distinct newsletter issue tokens of the real corpus");
        long indexPages = site.pages().stream().filter(p -> p.matches("(themes|keywords)/(index|page-\\d+)\\.html")).count();
        long timelinePages = site.pages().stream().filter(p -> p.matches("timeline(/.*)?\\.html")).count();
        assertEquals(List.of(2L, 7L), List.of(
                site.pages().stream().filter(p -> p.matches("themes/(index|page-\\d+)\\.html")).count(),
                site.pages().stream().filter(p -> p.matches("keywords/(index|page-\\d+)\\.html")).count()),
                "886 themes and 2,663 keywords at most 500 a page, a letter kept whole where it fits");
        assertEquals(List.of("timeline.html", "timeline/2022.html", "timeline/2023.html", "timeline/2024.html",
                "timeline/2025.html", "timeline/2026.html", "timeline/undated.html"),
                site.pages().stream().filter(p -> p.matches("timeline(/.*)?\\.html")).sorted().toList(),
                "a page a year; the newest year (2029) on timeline.html");
        assertEquals(5 + indexPages + timelinePages + listPages + issues + report.articles() + report.themes()
                + report.keywords(), report.pages(),
                "home, search, 404, signals, trends, term index pages, timeline pages, article list pages, issues, articles, terms");
        assertEquals(report.pages(), site.pages().size());
    }

    @Test
    void everyInternalLinkAndAssetResolves() {
        assertEquals(List.of(), new org.foresite.check.SiteChecker(tmp.resolve("site")).check(null));
    }

    @Test
    void everyArticleAppearsOnEachOfItsThemeAndKeywordPages() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String path : site.pages()) {
            if (!path.startsWith("articles/")) {
                continue;
            }
            Document article = site.page(path);
            for (Element tag : article.select("p.terms a.theme, section[aria-labelledby=section-keywords] a.tag")) {
                String termPage = org.foresite.check.SiteChecker.resolve(path, tag.attr("href"));
                Set<String> listed = new HashSet<>();
                Document term = site.page(termPage);
                for (Element a : term.select("ol.article-list a")) {
                    listed.add(org.foresite.check.SiteChecker.resolve(termPage, a.attr("href")));
                }
                if (!listed.contains(path)) {
                    missing.add(path + " is not listed on " + termPage);
                }
                checked++;
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(checked > 3000, "checked " + checked + " article-term pairs");
    }

    @Test
    void theOriginalSeedIsPublishedWithItsClosestLinks() {
        Document page = site.page("articles/000_2f80272d6c4c95e2.html");
        assertEquals("Introducing DALL·E 2: AI Creates Realistic Images from Text", page.select("h1").text());
        assertEquals(9, page.select("section[aria-labelledby=section-signals] tbody tr").size());
        assertTrue(page.select("ul.closest a").size() >= 5, "Closest entries that exist in the corpus are links");
        assertEquals("../keywords/dall-e-2.html", page.select("section[aria-labelledby=section-keywords] a").first().attr("href"));
    }
}

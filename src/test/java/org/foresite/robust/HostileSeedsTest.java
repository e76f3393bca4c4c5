package org.foresite.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.foresite.SiteFiles;
import org.foresite.check.SiteChecker;
import org.foresite.diag.Diagnostic;
import org.foresite.site.BuildReport;
import org.foresite.site.Builds;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken seeds: the build finishes, publishes every salvageable article, says what was wrong. */
class HostileSeedsTest {
    @TempDir
    static Path tmp;
    static BuildReport report;
    static SiteFiles site;

    @BeforeAll
    static void build() throws Exception {
        HostileSeeds.write(tmp.resolve("seeds"));
        // Generous: this guards against hanging, it measures nothing.
        report = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> Builds.build(tmp.resolve("seeds"), tmp.resolve("site")));
        site = new SiteFiles(tmp.resolve("site"));
    }

    private static List<String> messages() {
        return report.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void everySalvageableArticleIsPublished() {
        assertEquals(17, report.seedFiles());
        assertEquals(15, report.articles(), "all but the empty and the binary file: " + messages());
        for (String page : List.of("invalid-utf8", "bom-crlf", "no-title", "shouting", "ragged", "huge", "many-keywords",
                "odd-terms", "dup", "dup-txt", "closest", "one-line", "nested", "injection")) {
            assertTrue(Files.isRegularFile(tmp.resolve("site/articles/" + page + ".html")), page);
        }
        assertEquals(1, site.files().keySet().stream().filter(p -> p.startsWith("articles/notes-on-zurich-")).count());
        assertEquals(List.of(), new SiteChecker(tmp.resolve("site")).check(null));
        assertTrue(Files.notExists(tmp.resolve("site/articles/link.html")), "a symlink out of the seeds is never followed");
    }

    @Test
    void eachProblemIsReportedWithFileAndLine() {
        List<String> m = messages();
        assertTrue(m.contains("empty.md: warning: empty file, not an article; skipped"), m.toString());
        assertTrue(m.contains("link.md: warning: symbolic link, not followed; skipped"), m.toString());
        assertTrue(m.contains("binary.md: warning: binary file (contains NUL bytes), not an article; skipped"), m.toString());
        assertTrue(m.contains("invalid-utf8.md:9: warning: invalid UTF-8; undecodable bytes are shown as \uFFFD"), m.toString());
        assertTrue(m.contains("bom-crlf.md:1: note: byte-order mark ignored"), m.toString());
        assertTrue(m.contains("no-title.md:1: warning: no title heading ('# __Title__, from ([YYYYMMDD](url).)'); published under its file name"), m.toString());
        assertTrue(m.contains("ragged.md:11: warning: table row has 1 cells, the header has 3; padded with empty cells"), m.toString());
        assertTrue(m.contains("ragged.md:12: warning: table row has 4 cells, the header has 3; the extra cells are kept"), m.toString());
        assertTrue(m.contains("ragged.md:17: warning: table has no header separator row (|---|); its first row is read as the header"), m.toString());
        assertTrue(m.contains("dup.txt: warning: article id 'dup' is already used by dup.md; this article is published as 'dup-txt'"), m.toString());
    }

    @Test
    void oddInputReadsAsIntended() {
        Document crlf = site.page("articles/bom-crlf.html");
        assertEquals("Windows Lines", crlf.select("h1").text());
        assertEquals(List.of("CRLF", "handled"), crlf.select("section[aria-labelledby=section-signals] tbody td").eachText());
        assertTrue(site.page("articles/invalid-utf8.html").select("#section-summary + p").text().contains("Broken \uFFFD("));
        assertEquals("no-title", site.page("articles/no-title.html").select("h1").text());
        assertEquals(3000, site.page("articles/many-keywords.html").select("section[aria-labelledby=section-keywords] a").size());
        for (String name : site.files().keySet()) {
            assertTrue(Path.of(name).getFileName().toString().length() <= 100, "file name too long: " + name);
        }
        Document dup = site.page("articles/dup-txt.html");
        assertEquals("Duplicate Two", dup.select("h1").text());
    }

    @Test
    void closestOdditiesNeverBecomeBrokenOrUnsafeLinks() {
        Document page = site.page("articles/closest.html");
        assertEquals(List.of("dup.html"), page.select("ul.closest a").eachAttr("href"),
                "self link dropped, the repeat dropped, only the existing target linked");
        assertEquals(List.of("Gone", "Escape", "js"), page.select("ul.closest .unresolved").eachText());
    }

    @Test
    void collidingTermsGetOnePageEach() {
        Document ai = site.page("themes/ai.html");
        assertEquals(List.of("../articles/shouting.html", "../articles/no-title.html"), ai.select("ol.article-list > li > a").eachAttr("href"),
                "AI and ai are one theme");
        long keywordPages = site.files().keySet().stream().filter(p -> p.startsWith("keywords/a-i")).count();
        assertEquals(1, keywordPages, "A.I. has its own page; ＡＩ folds into ai");
        assertTrue(Files.isRegularFile(tmp.resolve("site/keywords/ai.html")));
        assertTrue(site.files().keySet().stream().anyMatch(p -> p.matches("themes/term-[0-9a-f]{8}\\.html")), "emoji-only theme");
        assertTrue(Files.isRegularFile(tmp.resolve("site/themes/c-plus-plus.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("site/themes/c-sharp.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("site/themes/c.html")));
        assertFalse(site.page("themes/index.html").select("h1").text().isEmpty(), "a theme called 'index' did not replace the index");
    }

    @Test
    void nothingFromASeedRunsAsCode() throws Exception {
        for (String name : site.pages()) {
            Document doc = site.page(name);
            for (var script : doc.select("script")) {
                assertTrue(script.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js") && script.html().isEmpty(), name + ": " + script);
            }
            assertTrue(doc.select("iframe, object, embed, img").isEmpty(), name);
            // The only SVG is the build's own charts: bars, a baseline and their titles.
            for (var svg : doc.select("svg")) {
                assertTrue(svg.parent().is("figure.chart"), name + ": " + svg);
                assertTrue(svg.select("*").stream().skip(1).allMatch(e -> e.is("rect, line, title")), name + ": " + svg);
            }
            for (var element : doc.getAllElements()) {
                for (var attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"), name + ": " + attribute);
                    String value = attribute.getValue().strip().toLowerCase();
                    assertFalse(value.startsWith("javascript:") || value.startsWith("data:"), name + ": " + attribute);
                }
            }
        }
        List<String> data = new org.foresite.SiteFiles(tmp.resolve("site")).files().keySet().stream()
                .filter(f -> f.endsWith(".js") && (f.startsWith("search/") || f.startsWith("signals/"))).toList();
        assertTrue(data.contains("signals/meta.js") && data.contains("search/manifest.js"), data.toString());
        for (String file : data) {
            String text = Files.readString(tmp.resolve("site").resolve(file));
            assertFalse(text.contains("</script"), file + " could close a script element if ever inlined");
        }
    }
}

package org.foresite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.foresite.Fixtures;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;
import org.foresite.model.Alignment;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.ClosestRef;
import org.foresite.model.Property;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private static List<String> messages(ParsedArticle parsed) {
        return parsed.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsTheOldFormat() {
        ParsedArticle parsed = Fixtures.parse("robotic-farming.md");
        Article a = parsed.article();
        assertEquals("robotic-farming", a.id());
        assertEquals("Robotic Farming Moves from Pilot to Practice", a.title());
        assertEquals("20230115", a.origin().issue());
        assertEquals(LocalDate.of(2023, 1, 15), a.origin().date());
        assertEquals("https://newsletter.example.org/p/20230115", a.origin().url());
        assertEquals("https://farming.example.com/robots-in-the-field", a.externalUrl());
        assertTrue(a.summary().startsWith("Small autonomous tractors are leaving trial plots"));
        assertEquals(10, a.keywords().size());
        assertEquals("autonomous tractors", a.keywords().get(0));
        assertEquals(List.of("Agriculture", "AI system", "automation"), a.themes());
        assertEquals(1, a.sections().size());
        Table signals = a.sections().get(0).table().orElseThrow();
        assertEquals("Signals", a.sections().get(0).name());
        assertEquals(List.of("Signal", "Change", "10y horizon", "Driving force"), signals.headers());
        assertEquals(List.of(Alignment.LEFT, Alignment.LEFT, Alignment.LEFT, Alignment.LEFT), signals.alignments());
        assertEquals(2, signals.rows().size());
        assertEquals(List.of("Insurers price self-driving machines", "New liability categories",
                "Standard cover for autonomous farm assets", "Growing number of robotic machines"), signals.rows().get(1));
        assertEquals(7, a.closest().size(), "the parser keeps the list as written; the linker drops self links");
        assertEquals(new ClosestRef("Cities Prepare for Longer Heatwaves", "urban-heat", 40), a.closest().get(1));
        assertEquals(new ClosestRef("Escape attempt", "../../etc/passwd", 44), a.closest().get(5));
        assertEquals(List.of(), messages(parsed));
        assertEquals(2, a.signalCount());
    }

    @Test
    void readsTheNewFormatWithEveryTableSection() {
        Article a = Fixtures.parse("urban-heat.md").article();
        assertEquals("Cities Prepare for Longer Heatwaves", a.title());
        assertEquals(LocalDate.of(2024, 5, 5), a.origin().date());
        assertEquals(List.of(new Property("Category", "environment"), new Property("Type", "news")), a.other());
        assertEquals(List.of("Signals", "Concerns", "Behaviors", "Technologies", "Issues"),
                a.sections().stream().map(Section::name).toList());
        Table signals = a.sections().get(0).table().orElseThrow();
        assertEquals(List.of("name", "description", "change", "10-year", "driving-force", "relevancy"), signals.headers());
        assertEquals(Alignment.RIGHT, signals.alignment(5));
        assertEquals("4", signals.rows().get(0).get(5));
        assertEquals(3, signals.rows().size());
        Table concerns = a.sections().get(1).table().orElseThrow();
        assertEquals(List.of("name", "description", "relevancy"), concerns.headers());
        assertEquals(2, concerns.rows().size());
        Table technologies = a.sections().get(3).table().orElseThrow();
        assertEquals(List.of("description", "relevancy", "src"), technologies.headers());
        assertEquals("https://example.net/roofs", technologies.rows().get(1).get(2));
        assertTrue(a.closest().isEmpty());
    }

    @Test
    void readsTwoColumnTablesAndSuffixedIssueDates() {
        Article a = Fixtures.parse("quantum-sensors.md").article();
        assertEquals("20250511d", a.origin().issue());
        assertEquals(LocalDate.of(2025, 5, 11), a.origin().date());
        assertEquals(List.of("name", "description"), a.sections().get(1).table().orElseThrow().headers());
        assertEquals(List.of("quantum technology", "Navigation", "ＡＩ"), a.themes());
        assertEquals(List.of("quantum sensing", "magnetometers", "navigation", "DALL·E 2", "C++", "C#", "C"), a.keywords());
    }

    @Test
    void readsYearlyReviewTokens() {
        Article a = Fixtures.parse("energy-review.md").article();
        assertEquals("20251231-a-yearly-review", a.origin().issue());
        assertEquals(LocalDate.of(2025, 12, 31), a.origin().date());
    }

    @Test
    void rejoinsCharacterSplitListsAndKeepsFloatIssues() {
        ParsedArticle parsed = Fixtures.parse("drone-delivery.md");
        Article a = parsed.article();
        assertEquals("4711.0", a.origin().issue());
        assertNull(a.origin().date());
        assertEquals(List.of("drones", "air lanes"), a.keywords());
        assertEquals(List.of("logistics"), a.themes());
        assertEquals(List.of(
                "drone-delivery.md:1: warning: the newsletter issue '4711.0' is not a date (YYYYMMDD)",
                "drone-delivery.md:9: warning: Keywords is written one character per item; rejoined into 2 entries split at commas",
                "drone-delivery.md:29: warning: Themes is written one character per item; rejoined into 1 entry split at commas"),
                messages(parsed));
    }

    @Test
    void trimsSpacesInsideTheIssueLinkAndKeepsMarkupInTitlesAsText() {
        ParsedArticle parsed = Fixtures.parse("heritage-seed.txt");
        Article a = parsed.article();
        assertEquals("\"Digital Twins\" of Heritage Sites & <Museums>", a.title());
        assertEquals("20220301", a.origin().issue());
        assertEquals("https://newsletter.example.org/p/20220301", a.origin().url());
        assertEquals(1, a.closest().size());
        assertEquals(List.of("heritage-seed.txt:31: note: empty Closest entry ignored"), messages(parsed));
    }

    @Test
    void keepsUnknownSectionsAndToleratesBrokenTables() {
        ParsedArticle parsed = Fixtures.parse("edge-cases.md");
        Article a = parsed.article();
        assertEquals("Edge <script>alert(\"title\")</script> Cases & Odd Formatting", a.title());
        assertTrue(a.summary().startsWith("A summary with a [safe link]"), "SUMMARY matched case-insensitively");
        assertEquals(List.of("C++", "<img src=x onerror=alert(4)>", "Precision Agriculture"), a.keywords());
        assertEquals(List.of("Scenarios", "Notes", "Signals"), a.sections().stream().map(Section::name).toList());

        Table scenarios = a.sections().get(0).table().orElseThrow();
        assertEquals(List.of("Scenario", "Likelihood", "Note"), scenarios.headers());
        assertEquals(Alignment.CENTER, scenarios.alignment(1));
        assertEquals(List.of("Pipes | bars", "high", "an escaped pipe stays in cell"), scenarios.rows().get(0));
        assertEquals(List.of("Short row", "low", ""), scenarios.rows().get(1));
        assertEquals(List.of("Long row", "medium", "note", "extra cell"), scenarios.rows().get(2));
        assertEquals(4, scenarios.columnCount());

        Block notes = a.sections().get(1).blocks().get(0);
        assertEquals(new Block.TextBlock("Curator's note, kept as **Markdown** text.\n\n- first point\n- second point"), notes);

        Table headerless = a.sections().get(2).table().orElseThrow();
        assertEquals(List.of("Signal", "Change", "10y horizon", "Driving force"), headerless.headers());
        assertEquals(1, headerless.rows().size());

        assertEquals(List.of(new ClosestRef("Cities Prepare for Longer Heatwaves", "urban-heat.md", 44),
                new ClosestRef("not a link at all", "", 45)), a.closest());
        assertEquals(List.of(
                "edge-cases.md:3: warning: external link 'javascript:alert(1)' is not an http(s) URL; it is shown as text, not linked",
                "edge-cases.md:27: warning: table row has 2 cells, the header has 3; padded with empty cells",
                "edge-cases.md:28: warning: table row has 4 cells, the header has 3; the extra cells are kept",
                "edge-cases.md:39: warning: table has no header separator row (|---|); its first row is read as the header",
                "edge-cases.md:45: warning: Closest entry is not a link '[title](id)'; shown as plain text"),
                messages(parsed));
    }

    @Test
    void publishesAnArticleWithoutTitleUnderItsFileName() {
        ParsedArticle parsed = Fixtures.parse("untitled.md");
        Article a = parsed.article();
        assertEquals("untitled", a.title());
        assertNull(a.origin());
        assertEquals("An article whose seed lost its title heading.", a.summary());
        assertEquals(List.of("Urban planning"), a.themes());
        assertEquals("", a.sections().get(0).name(), "stray text before the first section is kept");
        assertEquals(new Block.TextBlock("Stray introduction line before any heading."), a.sections().get(0).blocks().get(0));
        assertTrue(parsed.diagnostics().stream().anyMatch(d -> d.severity() == Severity.WARNING
                && d.message().startsWith("no title heading")));
    }

    @Test
    void handlesCrlfLineEndingsAndRepeatedSections() {
        String seed = "# __T__, from ([20240101](https://x.example/p/1).)\r\n\r\n__[External link](https://x.example/a)__\r\n\r\n"
                + "## Keywords\r\n\r\n* one\r\n* One\r\n* \r\n\r\n## Themes\r\n\r\n* alpha\r\n\r\n## keywords\r\n\r\n* two\r\n";
        ParsedArticle parsed = new ArticleParser().parse("t", "t.md", seed);
        assertEquals(List.of("one", "two"), parsed.article().keywords());
        assertEquals(List.of(
                "t.md:8: note: repeated Keywords entry 'One' ignored",
                "t.md:9: note: empty Keywords entry ignored",
                "t.md:15: warning: second Keywords section (the first is on line 5); its content is added to the first"),
                messages(parsed));
    }

    @Test
    void readsCommaSeparatedTermsWrittenAsProse() {
        String seed = "# __T__, from ([20240101](https://x.example/p/1).)\n\n__[External link](https://x.example/a)__\n\n"
                + "## Themes\n\nfutures, foresight; scenarios\n";
        ParsedArticle parsed = new ArticleParser().parse("t", "t.md", seed);
        assertEquals(List.of("futures", "foresight", "scenarios"), parsed.article().themes());
        assertEquals(List.of("t.md:7: warning: Themes line is not a list item ('* entry'); read as comma-separated entries"),
                messages(parsed));
    }

    @Test
    void reportsImpossibleDates() {
        String seed = "# __T__, from ([20221340](https://x.example/p/1).)\n\n__[External link](https://x.example/a)__\n";
        ParsedArticle parsed = new ArticleParser().parse("t", "t.md", seed);
        assertEquals("20221340", parsed.article().origin().issue());
        assertNull(parsed.article().origin().date());
        assertEquals(List.of("t.md:1: warning: the newsletter issue '20221340' is not a valid calendar date"),
                messages(parsed));
    }
}

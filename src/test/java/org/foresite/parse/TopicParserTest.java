package org.foresite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foresite.RealCorpus;
import org.foresite.diag.Diagnostic;
import org.foresite.model.Table;
import org.foresite.model.Topic;
import org.junit.jupiter.api.Test;

/** Topic analyses: the fixture folder laid out like a real knowledge base's {@code docs/}, and the real samples. */
class TopicParserTest {
    static final Path DOCS = org.foresite.Fixtures.DOCS;

    static ParsedTopic parse(Path file, String id) throws IOException {
        return new TopicParser().parse(id, DOCS.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void readsEverySectionOfAFixtureTopic() throws IOException {
        ParsedTopic parsed = parse(DOCS.resolve("analyses/topics/tidalenergy/tidalenergy.md"), "tidalenergy");
        Topic t = parsed.topic();
        assertEquals(List.of(), parsed.diagnostics());
        assertEquals("Tidal Energy", t.name());
        assertEquals("analyses/topics/tidalenergy/tidalenergy.md", t.sourceFile());
        assertTrue(t.summary().startsWith("Tidal power is back on the agenda"), t.summary());
        assertTrue(t.summary().endsWith("still debated."), t.summary());
        assertEquals(List.of("", "name", "description", "change", "10-year", "driving-force"), t.signals().headers());
        assertEquals(3, t.signals().rows().size());
        assertEquals(List.of("0", "Tidal lagoon pilots", "Pilot lagoons are built on coasts with large tides.",
                "From studies to pilots", "Lagoons supply regional baseload", "Need for predictable power"),
                t.signals().rows().get(0));
        assertEquals(List.of("", "name", "description"), t.concerns().headers());
        assertEquals(List.of("1", "Cost overruns", "Large civil works often run over budget."), t.concerns().rows().get(1));
        assertEquals(List.of(new Topic.Card("Concerns", "Concerns", "Concern.png", null, 28),
                new Topic.Card("Behaviors", "Behavior", "Behavior.png", null, 32),
                new Topic.Card("Issue", "Issue", "Issue.png", null, 36),
                new Topic.Card("Technology", "Technology", "Technology.png", null, 40)), t.cards());
        assertEquals(3, t.links().size());
        assertEquals(new Topic.Link("Floating Solar on Reservoirs",
                "https://futures.example.org/5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b", 46), t.links().get(1));
        assertEquals(List.of(), t.sections());
    }

    @Test
    void tellsArticlesTopicsAndOtherPagesApart() throws IOException {
        assertEquals(SeedKind.OTHER, SeedKind.of(Files.readString(DOCS.resolve("index.md"))));
        assertEquals(SeedKind.TOPIC, SeedKind.of(Files.readString(DOCS.resolve("analyses/topics/urbanfarming/urbanfarming.md"))));
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("index.md")).toList()) {
                assertEquals(SeedKind.ARTICLE, SeedKind.of(Files.readString(f)), f.toString());
            }
        }
        assertEquals(SeedKind.TOPIC, SeedKind.of("\n# Topic: Plain spelling\n\n# Summary\n\nText."));
        assertEquals(SeedKind.TOPIC, SeedKind.of("# __Topic__ : Bold spelling"));
        assertEquals(SeedKind.ARTICLE, SeedKind.of("# __A title__, from ([20240101](https://x.example/p/20240101).)"));
        assertEquals(SeedKind.ARTICLE, SeedKind.of("no title\n\n## Summary\n\nText."));
        assertEquals(SeedKind.OTHER, SeedKind.of("# 2025, a yearly review\n\nSome prose without sections."));
        assertEquals(SeedKind.OTHER, SeedKind.of("# Topics I like\n\n* one"), "a heading that only starts with 'Topic'");
    }

    @Test
    void keepsWhatIsNotWrittenAsExpectedAndSaysWhere() {
        String text = String.join("\n", "# *Topic*: Odd One", "", "Stray line before any section.", "", "# Summary", "",
                "Short.", "", "# Seeds", "", "No table here.", "", "# Cards", "", "## Concerns", "", "just words", "",
                "# Links", "", "* [Good](https://example.org/a)", "* a plain entry", "", "# Outlook", "", "Kept as it is.",
                "", "# Summary", "", "Second summary.");
        ParsedTopic parsed = new TopicParser().parse("odd", "odd.md", text);
        Topic t = parsed.topic();
        assertEquals("Odd One", t.name());
        assertNull(t.signals());
        assertEquals(List.of(new Topic.Link("Good", "https://example.org/a", 21), new Topic.Link("a plain entry", "", 22)),
                t.links());
        assertEquals(List.of("", "Seeds", "Outlook", "Summary"), t.sections().stream().map(s -> s.name()).toList());
        assertEquals(List.of(
                "odd.md:3: note: text before the first section is kept as an untitled section",
                "odd.md:9: warning: section 'Seeds' has no table",
                "odd.md:17: warning: Cards line is not an image ('![alt](file.png)'); left out",
                "odd.md:22: warning: Links entry is not a link '* [title](url)'; shown as plain text",
                "odd.md:28: warning: second Summary section (the first is on line 5); kept as a section of its own"),
                parsed.diagnostics().stream().map(Diagnostic::format).toList());
    }

    /** Every real topic: its name, every row of both tables, its four cards and every link, with no complaint. */
    @Test
    void parsesTheRealTopicsKeepingEveryTableRowAndLink() throws IOException {
        RealCorpus.assumeTopicsPresent();
        List<Path> files = RealCorpus.topicFiles();
        assertEquals(4, files.size());
        Pattern tableRow = Pattern.compile("(?m)^\\|\\s+(\\d+) \\|");
        Pattern link = Pattern.compile("(?m)^\\* \\[.*\\]\\((https://[^)]+)\\)$");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String id = file.getFileName().toString().replace(".md", "");
            assertEquals(SeedKind.TOPIC, SeedKind.of(text), file.toString());
            ParsedTopic parsed = new TopicParser().parse(id, file.getFileName().toString(), text);
            Topic t = parsed.topic();
            assertEquals(List.of(), parsed.diagnostics(), file.toString());
            assertEquals(text.lines().findFirst().orElseThrow().replace("# *Topic*: ", ""), t.name());
            // Rows counted in the raw text, independently of the table reader: the numbered rows of each table.
            String seeds = text.substring(text.indexOf("# Seeds"), text.indexOf("# Concerns"));
            String concerns = text.substring(text.indexOf("# Concerns"), text.indexOf("# Cards"));
            assertRows(t.signals(), rows(tableRow, seeds), 6, file);
            assertRows(t.concerns(), rows(tableRow, concerns), 3, file);
            assertEquals(List.of("Concern.png", "Behavior.png", "Issue.png", "Technology.png"),
                    t.cards().stream().map(Topic.Card::source).toList());
            List<String> urls = new ArrayList<>();
            Matcher m = link.matcher(text.substring(text.indexOf("# Links")));
            while (m.find()) {
                urls.add(m.group(1));
            }
            assertTrue(urls.size() >= 20, file + ": " + urls.size());
            assertEquals(urls, t.links().stream().map(Topic.Link::url).toList());
            assertTrue(t.summary().length() > 2000, "the whole summary is kept: " + t.summary().length());
        }
    }

    private static List<String> rows(Pattern row, String section) {
        List<String> numbers = new ArrayList<>();
        Matcher m = row.matcher(section);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    private static void assertRows(Table table, List<String> numbers, int columns, Path file) {
        assertEquals(10, numbers.size(), file.toString());
        assertEquals(numbers, table.rows().stream().map(r -> r.get(0)).toList(), file.toString());
        assertTrue(table.rows().stream().allMatch(r -> r.size() == columns && r.stream().skip(1).noneMatch(String::isBlank)),
                file.toString());
    }

    @Test
    void theRealOverviewIsNeitherAnArticleNorATopic() throws IOException {
        RealCorpus.assumeTopicsPresent();
        assertEquals(SeedKind.OTHER, SeedKind.of(Files.readString(RealCorpus.OVERVIEW, StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.list(RealCorpus.FUTURES)) {
            for (Path f : files.sorted().toList()) {
                assertEquals(SeedKind.ARTICLE, SeedKind.of(Files.readString(f, StandardCharsets.UTF_8)), f.toString());
            }
        }
    }
}

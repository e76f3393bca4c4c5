package org.foresite.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foresite.RealCorpus;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;
import org.foresite.model.Article;
import org.foresite.model.ClosestRef;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus generator: deterministic, parseable, and shaped like the real knowledge base. */
class CorpusGeneratorTest {
    private static final int COUNT = 300;
    private static final long SEED = 42;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern FLOAT_TOKEN = Pattern.compile("\\[\\d+\\.\\d+\\]\\(");

    @Test
    void generatesTheSameParseableRealisticCorpusTwice(@TempDir Path tmp) throws IOException {
        RealCorpus.assumePresent();
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        CorpusGenerator.Summary a = CorpusGenerator.generate(RealCorpus.FUTURES, first, COUNT, SEED);
        CorpusGenerator.Summary b = CorpusGenerator.generate(RealCorpus.FUTURES, second, COUNT, SEED);

        // Deterministic: the same names and bytes.
        assertEquals(a, b);
        List<Path> files = list(first);
        List<Path> again = list(second);
        assertEquals(COUNT, files.size(), "file count");
        assertEquals(COUNT, a.articles());
        assertEquals(names(files), names(again));
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            byte[] x = Files.readAllBytes(files.get(i));
            assertArrayEquals(x, Files.readAllBytes(again.get(i)), "differs: " + files.get(i).getFileName());
            bytes += x.length;
        }
        assertEquals(a.totalBytes(), bytes);

        // Every file parses: a title, and no warning outside the character-split variant.
        Set<String> ids = new HashSet<>();
        for (String name : names(files)) {
            String id = name.substring(0, name.length() - 3);
            assertTrue(name.endsWith(".md") && ID.matcher(id).matches(), "file name " + name);
            ids.add(id);
        }
        ArticleParser parser = new ArticleParser();
        int old = 0;
        int fresh = 0;
        int split = 0;
        int nonSelf = 0;
        int resolved = 0;
        int selfLinks = 0;
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.length() - 3);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertFalse(text.endsWith("\n"), "no final newline: " + name);
            String heading = text.substring(0, text.indexOf('\n'));
            ParsedArticle parsed = parser.parse(id, name, text);
            Article article = parsed.article();
            if (article.title().isBlank() || article.title().equals(id)) {
                problems.add(name + ": no title");
            }
            boolean characterSplit = FLOAT_TOKEN.matcher(heading).find();
            if (characterSplit) {
                split++;
                assertFalse(article.keywords().isEmpty(), "rejoined keywords: " + name);
            } else {
                if (heading.contains("(from page [")) {
                    fresh++;
                } else {
                    old++;
                }
                for (Diagnostic d : parsed.diagnostics()) {
                    if (d.severity() == Severity.WARNING) {
                        problems.add(d.format());
                    }
                }
            }
            for (ClosestRef ref : article.closest()) {
                if (ref.target().equals(id)) {
                    selfLinks++;
                } else {
                    nonSelf++;
                    if (ids.contains(ref.target())) {
                        resolved++;
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(COUNT, old + fresh + split);
        assertEquals(a.oldFormat(), old);
        assertEquals(a.newFormat(), fresh);
        assertEquals(a.characterSplit(), split);
        // Real proportions: 68% old, 30% new, 2% character-split (300 draws: a few points either way).
        assertTrue(old >= COUNT * 0.58 && old <= COUNT * 0.78, "old format: " + old);
        assertTrue(fresh >= COUNT * 0.20 && fresh <= COUNT * 0.40, "new format: " + fresh);
        assertTrue(split >= 1 && split <= COUNT * 0.06, "character-split: " + split);
        // Closest: most old-format lists repeat the article itself; most other links resolve.
        assertTrue(selfLinks > nonSelf / 2, "self-links " + selfLinks + ", others " + nonSelf);
        assertTrue(nonSelf > 0 && resolved >= 0.70 * nonSelf,
                "resolved non-self Closest targets: " + resolved + " of " + nonSelf);
        assertTrue(a.distinctThemes() > 0 && a.distinctKeywords() > a.distinctThemes(), a.toString());
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws IOException {
        RealCorpus.assumePresent();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "not mine");
        assertThrows(IOException.class, () -> CorpusGenerator.generate(RealCorpus.FUTURES, out, 3, SEED));
        assertEquals(List.of("keep.txt"), names(list(out)));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}

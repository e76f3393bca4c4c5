package org.foresite.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.foresite.Fixtures;
import org.foresite.RealCorpus;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;

/** Random and mutated seeds: the parser never throws, and the same text always gives the same article. */
class ParserPropertiesTest {
    private final ArticleParser parser = new ArticleParser();

    /** The fixtures, and the real articles where ../shared is present. */
    static List<String> samples() {
        List<Path> dirs = new ArrayList<>(List.of(Fixtures.KB));
        if (RealCorpus.isPresent()) {
            dirs.add(RealCorpus.FUTURES);
        }
        List<String> texts = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    private void assertStable(String text) {
        ParsedArticle first = parser.parse("x", "x.md", text);
        ParsedArticle second = parser.parse("x", "x.md", text);
        assertEquals(first, second);
    }

    @Property(tries = 400)
    void randomTextNeverThrows(@ForAll("seedLike") String text) {
        assertStable(text);
    }

    @Property(tries = 400)
    void mutatedArticlesNeverThrow(@ForAll("mutated") String text) {
        assertStable(text);
    }

    /** Text built from the characters and fragments seeds are made of, in any order. */
    @Provide
    Arbitrary<String> seedLike() {
        Arbitrary<String> fragments = Arbitraries.of("# ", "## ", "__", "* ", "- ", "1. ", "|", "\\|", ":---", "---:", "\n",
                "\r\n", "\r", "[", "](", ")", "(", "Summary", "Keywords", "Themes", "Signals", "Closest", "Other",
                "External link", "20240101", "2024013", " ", "\t", "\u00A0", "\uFEFF", "<script>", "é", "ＡＩ", "🚀", "\u0000");
        Arbitrary<String> any = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(20);
        return Arbitraries.oneOf(fragments, any).list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    /** A real or fixture article with lines deleted, duplicated, swapped or cut in the middle. */
    @Provide
    Arbitrary<String> mutated() {
        List<String> samples = samples();
        return Arbitraries.integers().between(0, samples.size() - 1)
                .flatMap(i -> Arbitraries.integers().between(0, 5).list().ofMaxSize(12).map(ops -> Tuple.of(samples.get(i), ops)))
                .flatMap(t -> Arbitraries.randoms().map(random -> {
                    List<String> lines = new ArrayList<>(List.of(t.get1().split("\n", -1)));
                    for (int op : t.get2()) {
                        if (lines.isEmpty()) {
                            break;
                        }
                        int at = random.nextInt(lines.size());
                        String line = lines.get(at);
                        switch (op) {
                            case 0 -> lines.remove(at);
                            case 1 -> lines.add(at, line);
                            case 2 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                            case 3 -> lines.add(at, lines.remove(random.nextInt(lines.size())));
                            case 4 -> lines.set(at, line.replace("|", ""));
                            default -> lines.set(at, "## " + line);
                        }
                    }
                    return String.join("\n", lines);
                }));
    }
}

package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foresite.Fixtures;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long run of random edits, each followed by an incremental rebuild that must equal a clean build byte for
 * byte. The edits aim at what spreads across pages: titles and summaries (shown in every list), the spelling of a
 * term (its display is the most common spelling), Closest links (backlinks on the target), issue dates (issue pages
 * and ordering), new shared keywords (related articles), deleted and restored seeds.
 */
class IncrementalRandomEditsTest {
    private static final Pattern TITLE = Pattern.compile("__([^_\\n]+)__");
    private static final Pattern DATE = Pattern.compile("\\[(20\\d\\d)(\\d\\d)(\\d\\d)");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\* (\\S[^\\n]*)$");
    private static final Pattern SUMMARY = Pattern.compile("(?mi)^(#+ *summary\\s*\\n+)");

    @TempDir
    Path tmp;

    @Test
    void randomEditsToTheFixturesMatchCleanBuilds() throws IOException {
        run(Fixtures.KB, 150, 7);
    }

    @Test
    void randomEditsToRealArticlesMatchCleanBuilds() throws IOException {
        RealCorpus.assumePresent();
        Path some = tmp.resolve("real");
        Files.createDirectories(some);
        try (Stream<Path> files = Files.list(RealCorpus.FUTURES)) {
            for (Path p : files.sorted().limit(60).toList()) {
                Files.copy(p, some.resolve(p.getFileName()));
            }
        }
        run(some, 40, 11);
    }

    /** The first data row of a pipe table: its separator line, then the row's opening pipe. */
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)(^\\|[ :|-]+\\|[ \\t]*\\r?\\n)(\\| *)");

    private void run(Path source, int steps, long seed) throws IOException {
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        try (Stream<Path> files = Files.list(source)) {
            for (Path p : files.sorted().toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()));
            }
        }
        Path site = tmp.resolve("out/site");
        SiteBuilder warm = new SiteBuilder();
        BuildOptions options = new BuildOptions(seeds, Builds.TEMPLATES, site, "https://example.org/", "Edits")
                .withPageSizes(Builds.SMALL_PAGES);
        warm.build(options);
        Random random = new Random(seed);
        List<String> deleted = new ArrayList<>();
        TreeMap<String, String> removed = new TreeMap<>();
        for (int step = 0; step < steps; step++) {
            List<Path> files;
            try (Stream<Path> list = Files.list(seeds)) {
                files = list.sorted().toList();
            }
            Path target = files.get(random.nextInt(files.size()));
            Path other = files.get(random.nextInt(files.size()));
            String text = Files.readString(target);
            String what = switch (random.nextInt(9)) {
                case 0 -> {
                    Files.writeString(target, TITLE.matcher(text).replaceFirst("__Retitled " + step + "__"));
                    yield "retitle";
                }
                case 1 -> {
                    Files.writeString(target, SUMMARY.matcher(text).replaceFirst("$1Step " + step + " says more. "));
                    yield "summary";
                }
                case 2 -> {
                    // Spell another article's term the same way, in capitals: the most common spelling may change.
                    Matcher item = LIST_ITEM.matcher(Files.readString(other));
                    List<String> items = new ArrayList<>();
                    while (item.find()) {
                        items.add(item.group(1));
                    }
                    if (items.isEmpty()) {
                        yield "nothing";
                    }
                    String term = items.get(random.nextInt(items.size())).toUpperCase(java.util.Locale.ROOT);
                    Files.writeString(target, text + "\n## Themes\n\n* " + term + "\n");
                    yield "theme " + term;
                }
                case 3 -> {
                    String id = other.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                    Files.writeString(target, text + "\n## Closest\n\n* [Related](" + id + ")\n");
                    yield "closest " + id;
                }
                case 4 -> {
                    Matcher date = DATE.matcher(text);
                    if (!date.find()) {
                        yield "nothing";
                    }
                    String later = "[" + date.group(1) + date.group(2) + String.format("%02d", 1 + random.nextInt(28));
                    Files.writeString(target, date.replaceFirst(Matcher.quoteReplacement(later)));
                    yield "date";
                }
                case 5 -> {
                    Files.writeString(target, text + "\n## Keywords\n\n* shared keyword " + random.nextInt(3) + "\n");
                    yield "keyword";
                }
                case 6 -> {
                    if (files.size() <= 3) {
                        yield "nothing";
                    }
                    removed.put(target.getFileName().toString(), text);
                    Files.delete(target);
                    deleted.add(target.getFileName().toString());
                    yield "delete";
                }
                case 7 -> {
                    // A cell of the first table row: what the signals explorer and the theme pages show.
                    Matcher row = TABLE_ROW.matcher(text);
                    if (!row.find()) {
                        yield "nothing";
                    }
                    Files.writeString(target, row.replaceFirst(Matcher.quoteReplacement(row.group(1) + row.group(2)
                            + "Step " + step + " ")));
                    yield "table cell";
                }
                default -> {
                    if (deleted.isEmpty()) {
                        yield "nothing";
                    }
                    String name = deleted.remove(random.nextInt(deleted.size()));
                    Files.writeString(seeds.resolve(name), removed.get(name));
                    yield "restore";
                }
            };
            // Mostly the builder kept alive, as serve keeps it; every third step a new one, reading the cache and
            // the seed store from disk, as a new build process does.
            (step % 3 == 2 ? new SiteBuilder() : warm).build(options);
            Path clean = tmp.resolve("clean-" + step + "/site");
            new SiteBuilder().build(new BuildOptions(seeds, Builds.TEMPLATES, clean, "https://example.org/", "Edits")
                    .withPageSizes(Builds.SMALL_PAGES));
            assertSameFiles(clean, site, "step " + step + " (" + what + " " + target.getFileName() + ")");
            deleteTree(clean.getParent());
        }
    }

    private static void assertSameFiles(Path expected, Path actual, String step) throws IOException {
        TreeMap<String, byte[]> want = new SiteFiles(expected).contents();
        TreeMap<String, byte[]> got = new SiteFiles(actual).contents();
        assertEquals(want.keySet(), got.keySet(), step);
        want.forEach((name, bytes) -> assertArrayEquals(bytes, got.get(name), step + ": " + name));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

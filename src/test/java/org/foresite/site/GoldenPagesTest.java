package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.foresite.Fixtures;
import org.foresite.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins every rendered page of the fixture knowledge base, and of the fixture folder laid out like a real
 * {@code docs/} (articles, an overview, topic analyses). After an intended change to the output, regenerate with
 * {@code mvn test -Dtest=GoldenPagesTest -Dgolden.update=true} and review the diff.
 */
class GoldenPagesTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static final Path DOCS = org.foresite.Fixtures.DOCS;
    static final Path DOCS_GOLDEN = Path.of("src", "test", "resources", "golden-docs");

    @Test
    void renderedPagesMatchTheGoldenFiles(@TempDir Path tmp) throws IOException {
        Builds.fixtures(tmp.resolve("site"));
        compare(tmp.resolve("site"), Fixtures.GOLDEN);
    }

    @Test
    void renderedPagesOfADocsFolderMatchTheGoldenFiles(@TempDir Path tmp) throws IOException {
        new SiteBuilder().build(new BuildOptions(DOCS, Builds.TEMPLATES, tmp.resolve("site"), null,
                BuildOptions.DEFAULT_SITE_NAME));
        compare(tmp.resolve("site"), DOCS_GOLDEN);
    }

    private static void compare(Path site, Path goldenFolder) throws IOException {
        TreeMap<String, Path> built = new TreeMap<>();
        new SiteFiles(site).files().forEach((name, path) -> {
            if (name.endsWith(".html")) {
                built.put(name, path);
            }
        });
        if (UPDATE) {
            update(built, goldenFolder);
        }
        TreeMap<String, Path> golden = Files.isDirectory(goldenFolder) ? new SiteFiles(goldenFolder).files() : new TreeMap<>();
        assertEquals(golden.keySet(), built.keySet(), "the set of pages changed");
        List<String> differences = new ArrayList<>();
        for (String name : built.keySet()) {
            String expected = Files.readString(golden.get(name), StandardCharsets.UTF_8);
            String actual = Files.readString(built.get(name), StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                differences.add(firstDifference(name, expected, actual));
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " pages differ from the golden files (regenerate with -Dgolden.update=true if intended):\n"
                    + String.join("\n", differences));
        }
    }

    private static String firstDifference(String name, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of file>";
            if (!el.equals(al)) {
                return name + ":" + (i + 1) + "\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return name;
    }

    private static void update(TreeMap<String, Path> built, Path goldenFolder) throws IOException {
        if (Files.isDirectory(goldenFolder)) {
            for (Path old : new SiteFiles(goldenFolder).files().values()) {
                Files.delete(old);
            }
        }
        for (var e : built.entrySet()) {
            Path target = goldenFolder.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(e.getValue(), target);
        }
    }
}

package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foresite.Fixtures;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An incremental rebuild gives exactly the bytes of a clean build after every kind of change, and leaves the files
 * whose bytes did not change untouched (same inode, same modification time). Each kind is tried twice: with the
 * builder kept alive between builds, as {@code serve} does, and with a fresh one reading the cache from disk, as
 * a new {@code build} process does.
 */
class IncrementalBuildTest {
    /** WARM: one builder kept alive, as serve keeps it; FRESH: a builder for each build, as {@code foresite build} makes. */
    enum Builder {
        WARM, FRESH
    }

    @TempDir
    Path tmp;

    @org.junit.jupiter.api.Test
    void onlyABuilderKeptAliveHoldsTheSeedsForItsNextBuild() throws IOException {
        Path seeds = copy(Fixtures.KB, tmp.resolve("seeds"));
        SiteBuilder kept = new SiteBuilder();
        SiteBuilder once = SiteBuilder.forOneBuild();
        BuildReport keptReport = kept.build(new BuildOptions(seeds, Builds.TEMPLATES, tmp.resolve("kept"), null, "t"));
        BuildReport onceReport = once.build(new BuildOptions(seeds, Builds.TEMPLATES, tmp.resolve("once"), null, "t"));
        assertEquals(keptReport.pages(), onceReport.pages());
        assertEquals(9, keptReport.seedFiles());
        assertEquals(9, kept.seedsKeptForNextBuild(), "seeds (with their analysed text) kept for serve's next build");
        assertEquals(0, once.seedsKeptForNextBuild(), "seeds kept by a builder for one build");
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void aNoChangeRebuildWritesNothing(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        Map<String, Object> before = identities(s.site);
        BuildReport report = s.rebuild();
        assertEquals(List.of(), report.rendered(), "pages rendered");
        assertEquals(0, report.files(), "files written");
        assertEquals(0, report.bytes());
        assertEquals(before, identities(s.site), "every file keeps its inode and modification time");
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void editingASeedMatchesACleanBuild(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        s.edit("urban-heat.md", "Municipal heat plans now", "Municipal heat plans this summer");
        BuildReport report = s.rebuildAndCompare();
        assertTrue(s.page("articles/urban-heat.html").contains("Municipal heat plans this summer"));
        assertTrue(report.files() < report.pages() / 2, "only the affected pages are written: " + report.files());
        // The article, and the pages that list it or show its signals; not the pages of articles that do not.
        assertTrue(report.rendered().containsAll(List.of("articles/urban-heat.html", "themes/urban-planning.html",
                "issues/20240505.html")), report.rendered().toString());
        assertTrue(!report.rendered().contains("articles/quantum-sensors.html")
                && !report.rendered().contains("404.html"), report.rendered().toString());
        assertTrue(report.rendered().size() < report.pages() / 3, "pages rendered: " + report.rendered());
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void addingASeedMatchesACleanBuild(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        String copy = Files.readString(s.seeds.resolve("urban-heat.md"))
                .replace("Cities Prepare for Longer Heatwaves", "Towns Prepare for Longer Floods")
                .replace("* urban planning", "* flood defence");
        Files.writeString(s.seeds.resolve("town-floods.md"), copy);
        s.rebuildAndCompare();
        assertTrue(Files.isRegularFile(s.site.resolve("articles/town-floods.html")));
        assertTrue(Files.isRegularFile(s.site.resolve("themes/flood-defence.html")));
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void deletingASeedMatchesACleanBuild(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        Files.delete(s.seeds.resolve("drone-delivery.md"));
        s.rebuildAndCompare();
        assertTrue(Files.notExists(s.site.resolve("articles/drone-delivery.html")), "the deleted article's page is gone");
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void editingATemplateMatchesACleanBuild(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        s.editTemplate("article.peb", "Referenced by", "Cited by");
        BuildReport report = s.rebuildAndCompare();
        assertTrue(s.page("articles/urban-heat.html").contains("Cited by"));
        long citing = new SiteFiles(s.site).pages().stream().filter(p -> {
            try {
                return s.page(p).contains("Cited by");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertTrue(citing >= 2, "the fixtures have articles that others cite");
        assertEquals(citing, report.files(), "exactly the pages the edited template part shows on are written");
        assertTrue(report.rendered().stream().allMatch(p -> p.startsWith("articles/") && !p.matches("articles/(index|page-\\d+)\\.html")),
                "only the pages made with article.peb are rendered: " + report.rendered());
        assertEquals(8, report.rendered().size(), "every article page");
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void changingASettingRendersEveryPage(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        s.title = "Renamed KB";
        BuildReport report = s.rebuildAndCompare();
        List<String> pagesAndFeeds = new SiteFiles(s.site).files().keySet().stream()
                .filter(f -> f.endsWith(".html") || f.matches("themes/[^/]+\\.xml")).sorted().toList();
        assertEquals(pagesAndFeeds, report.rendered(), "the title is on every page and feed");
        assertTrue(s.page("index.html").contains("Renamed KB"));
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void renamingAThemeInOneSeedMatchesACleanBuild(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        s.edit("urban-heat.md", "* urban planning", "* city planning");
        s.rebuildAndCompare();
        assertTrue(s.page("articles/urban-heat.html").contains("city planning"));
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void retitlingAnArticleReachesThePagesThatListIt(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        s.edit("heritage-seed.txt", "\"Digital Twins\" of Heritage Sites", "Scanned Heritage Sites");
        s.rebuildAndCompare();
        // heritage-seed's Closest list points at robotic-farming, whose page lists it under "Referenced by".
        assertTrue(s.page("articles/robotic-farming.html").contains("Scanned Heritage Sites &amp; &lt;Museums&gt;"));
        assertTrue(s.page("themes/cultural-heritage.html").contains("Scanned Heritage Sites"));
    }

    static final Path DOCS = org.foresite.Fixtures.DOCS;

    @ParameterizedTest
    @EnumSource(Builder.class)
    void editingATopicReachesItsPageAndTheArticlesItCites(Builder kind) throws IOException {
        Setup s = new Setup(DOCS, kind);
        String topic = "analyses/topics/tidalenergy/tidalenergy.md";
        // The topic now also cites the vertical-farms article: that article's page lists it, and the topic's page changes.
        s.edit(topic, "* [Wave Energy Buoys Reach the Grid](https://futures.example.org/aaaabbbbccccddddeeeeffff00001111)",
                "* [Vertical Farms Move Into Supermarkets](https://futures.example.org/0f1e2d3c4b5a69788796a5b4c3d2e1f0)");
        BuildReport report = s.rebuildAndCompare();
        assertEquals(List.of("articles/0f1e2d3c4b5a69788796a5b4c3d2e1f0.html", "topics/index.html",
                "topics/tidalenergy.html"), report.rendered(),
                "the topic, the list of topics (its count of articles) and the article it now cites");
        assertTrue(s.page("articles/0f1e2d3c4b5a69788796a5b4c3d2e1f0.html").contains("topics/tidalenergy.html"));
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void replacingACardImageCopiesItAgain(Builder kind) throws IOException {
        Setup s = new Setup(DOCS, kind);
        Path image = s.seeds.resolve("analyses/topics/urbanfarming/Issue.png");
        Files.copy(s.seeds.resolve("analyses/topics/tidalenergy/Concern.png"), image,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BuildReport report = s.rebuildAndCompare();
        assertEquals(List.of(), report.rendered(), "no page changes: the image keeps its place");
        assertEquals(1, report.files(), "the image alone is written");
        assertArrayEquals(Files.readAllBytes(image), Files.readAllBytes(s.site.resolve("topics/urbanfarming/Issue.png")));
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void theFirstTopicAddsTheTopicsLinkToEveryPage(Builder kind) throws IOException {
        Setup s = new Setup(Fixtures.KB, kind);
        assertTrue(!s.page("index.html").contains("topics/index.html"));
        Files.writeString(s.seeds.resolve("water.md"), "# *Topic*: Water\n\n# Summary\n\nWater, in brief.\n\n# Links\n\n"
                + "* [Cities Prepare for Longer Heatwaves](https://example.org/urban-heat)\n");
        BuildReport report = s.rebuildAndCompare();
        assertTrue(s.page("index.html").contains("topics/index.html"));
        assertTrue(s.page("articles/urban-heat.html").contains("../topics/water.html"));
        assertTrue(report.rendered().size() >= report.pages() - 1, "every page has the new link in its navigation");
    }

    @ParameterizedTest
    @EnumSource(Builder.class)
    void changesToTheRealCorpusMatchACleanBuild(Builder kind) throws IOException {
        RealCorpus.assumePresent();
        Setup s = new Setup(RealCorpus.copyAllInto(tmp.resolve("real")), kind);
        List<Path> seeds;
        try (Stream<Path> list = Files.list(s.seeds)) {
            seeds = list.sorted().toList();
        }
        // An edited summary, a renamed theme, a deleted and an added article, all in one rebuild.
        Path edited = seeds.get(10);
        String text = Files.readString(edited);
        Files.writeString(edited, text.replaceFirst("(?mi)^(#+ *summary\\s*\\n+)", "$1Incremental edit. "));
        Path renamed = seeds.get(20);
        Files.writeString(renamed, Files.readString(renamed).replaceFirst("(?mi)^(#+ *themes\\s*\\n+[*-] *)", "$1Renamed "));
        Files.delete(seeds.get(30));
        Files.writeString(s.seeds.resolve("zz-added.md"), Files.readString(seeds.get(40)).replace("__", "__Added: "));
        BuildReport report = s.rebuildAndCompare();
        assertTrue(report.files() < report.pages() / 2, "only the affected pages are written: " + report.files());
    }

    /** A seeds folder, a templates folder and a site built from them, in the test's temporary folder. */
    private final class Setup {
        final Path seeds;
        final Path templates = tmp.resolve("templates");
        final Path site = tmp.resolve("out/site");
        final Builder kind;
        String title = "Incremental KB";
        SiteBuilder builder;

        Setup(Path source, Builder kind) throws IOException {
            this.kind = kind;
            this.builder = kind == Builder.FRESH ? SiteBuilder.forOneBuild() : new SiteBuilder();
            this.seeds = source.startsWith(tmp) ? source : copy(source, tmp.resolve("seeds"));
            copy(Builds.TEMPLATES, templates);
            builder.build(options(site));
        }

        BuildOptions options(Path out) {
            return new BuildOptions(seeds, templates, out, "https://example.org/kb/", title)
                    .withPageSizes(Builds.SMALL_PAGES);
        }

        void edit(String seed, String from, String to) throws IOException {
            replace(seeds.resolve(seed), from, to);
        }

        void editTemplate(String template, String from, String to) throws IOException {
            replace(templates.resolve(template), from, to);
        }

        BuildReport rebuild() {
            if (kind == Builder.FRESH) {
                builder = SiteBuilder.forOneBuild();
            }
            return builder.build(options(site));
        }

        /**
         * Rebuilds, builds afresh elsewhere, and compares the two file by file; checks that the rebuild rendered
         * exactly the pages whose record of inputs differs between the build before and the clean build after.
         */
        BuildReport rebuildAndCompare() throws IOException {
            TreeMap<String, byte[]> before = new SiteFiles(site).contents();
            Map<String, Object> identities = identities(site);
            Path cacheBefore = tmp.resolve("cache-before");
            Files.copy(new OutputFolder(site).cacheFile(), cacheBefore, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            BuildReport report = rebuild();
            Path clean = tmp.resolve("clean/site");
            new SiteBuilder().build(options(clean));
            assertEquals(changedRecords(cacheBefore, new OutputFolder(clean).cacheFile()), report.rendered(),
                    "the pages rendered are those whose inputs changed");
            TreeMap<String, byte[]> expected = new SiteFiles(clean).contents();
            TreeMap<String, byte[]> actual = new SiteFiles(site).contents();
            assertEquals(expected.keySet(), actual.keySet(), "the same files as a clean build");
            expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
            Map<String, Object> after = identities(site);
            int changed = 0;
            for (var e : actual.entrySet()) {
                byte[] old = before.get(e.getKey());
                if (old != null && java.util.Arrays.equals(old, e.getValue())) {
                    assertEquals(identities.get(e.getKey()), after.get(e.getKey()), e.getKey() + " was left untouched");
                } else {
                    changed++;
                }
            }
            assertEquals(changed, report.files(), "files written = files new or different");
            assertTrue(changed > 0, "the change reached the site");
            return report;
        }

        /** The pages of the second build whose template or record of inputs (keys and digests) the first lacks. */
        List<String> changedRecords(Path first, Path second) {
            BuildCache b = BuildCache.read(second, BuildStamp.of(options(site)));
            assertTrue(!b.isEmpty(), "the cache is readable");
            // A cache made with other settings is not trusted: every page counts as changed.
            BuildCache a = BuildCache.read(first, BuildStamp.of(options(site)));
            List<String> changed = new java.util.ArrayList<>();
            for (String path : new java.util.TreeSet<>(b.entries().keySet())) {
                BuildCache.PageRecord now = b.page(path);
                if (now == null) {
                    continue;
                }
                BuildCache.PageRecord then = a.page(path);
                if (then == null || !then.equals(now)
                        || now.keys().stream().anyMatch(k -> !b.digest(k).equals(a.digest(k)))) {
                    changed.add(path);
                }
            }
            return changed;
        }

        String page(String path) throws IOException {
            return Files.readString(site.resolve(path));
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }


    /** Each file's inode and modification time: what changes when a file is written again, even with the same bytes. */
    private static Map<String, Object> identities(Path root) throws IOException {
        Map<String, Object> identities = new TreeMap<>();
        for (var e : new SiteFiles(root).files().entrySet()) {
            BasicFileAttributes a = Files.readAttributes(e.getValue(), BasicFileAttributes.class);
            identities.put(e.getKey(), List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toString()));
        }
        return identities;
    }
}

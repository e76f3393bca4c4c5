package org.foresite;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real knowledge base kept beside the repository in {@code ../shared} (never copied into it).
 * Tests that need it are skipped, with a message on the console, where it is absent.
 */
public final class RealCorpus {
    public static final Path SHARED = Path.of("..", "shared");
    public static final Path FUTURES = SHARED.resolve("corpus").resolve("futures");
    public static final Path SEEDS = SHARED.resolve("seeds");
    /** Four real topic analyses, each in a folder of its own (their card images are not included). */
    public static final Path TOPICS = SHARED.resolve("corpus").resolve("futures-topics");
    /** The real overview page, a long list of links to the articles. */
    public static final Path OVERVIEW = SHARED.resolve("corpus").resolve("futures-index.md");

    private RealCorpus() {
    }

    public static boolean isPresent() {
        return Files.isDirectory(FUTURES) && Files.isDirectory(SEEDS);
    }

    /** Skips the calling test, visibly, when the real corpus is not beside the repository. */
    public static void assumePresent() {
        boolean present = Files.isDirectory(FUTURES) && Files.isDirectory(SEEDS);
        if (!present) {
            System.out.println("SKIPPED: the real corpus (" + FUTURES.toAbsolutePath().normalize()
                    + ") is absent; tests on real articles do not run");
        }
        assumeTrue(present, "the real corpus ../shared/corpus/futures is absent");
    }

    /** Skips the calling test, visibly, when the real topic analyses are not beside the repository. */
    public static void assumeTopicsPresent() {
        boolean present = Files.isDirectory(TOPICS) && Files.isRegularFile(OVERVIEW) && Files.isDirectory(FUTURES);
        if (!present) {
            System.out.println("SKIPPED: the real topic analyses (" + TOPICS.toAbsolutePath().normalize()
                    + ") are absent; tests on real topics do not run");
        }
        assumeTrue(present, "the real topic analyses ../shared/corpus/futures-topics are absent");
    }

    /** The real topic analyses' files, sorted. */
    public static java.util.List<Path> topicFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(TOPICS)) {
            return walk.filter(p -> p.toString().endsWith(".md") && !p.getParent().equals(TOPICS)).sorted().toList();
        }
    }

    /** Copies every real article and the original seed into one seeds folder for a full build. */
    public static Path copyAllInto(Path seeds) throws IOException {
        Files.createDirectories(seeds);
        for (Path dir : new Path[] {FUTURES, SEEDS}) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    Files.copy(f, seeds.resolve(f.getFileName().toString()));
                }
            }
        }
        return seeds;
    }

    public static long fileCount() throws IOException {
        try (Stream<Path> a = Files.list(FUTURES); Stream<Path> b = Files.list(SEEDS)) {
            return a.count() + b.count();
        }
    }
}

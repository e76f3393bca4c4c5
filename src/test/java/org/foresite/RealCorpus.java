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

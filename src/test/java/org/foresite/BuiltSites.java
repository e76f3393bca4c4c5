package org.foresite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.PageSizes;
import org.foresite.site.BuildOptions;
import org.foresite.site.SiteBuilder;

/**
 * Sites built once per test run and shared by the test classes that only read them
 * (the real corpus takes seconds to build). Deleted when the JVM exits.
 */
public final class BuiltSites {
    /** A built site, the seeds it came from, and their knowledge base. */
    public record Built(Path seeds, Path site, KnowledgeBase kb) {
    }

    /** Articles in the generated knowledge base: enough for several files of every kind of the explorer's data. */
    public static final int GENERATED_ARTICLES = 1500;

    private static Built fixtures;
    private static Built real;
    private static Built generated;
    private static Built docs;
    private static Path root;

    private BuiltSites() {
    }

    public static synchronized Built fixtures() {
        if (fixtures == null) {
            fixtures = build(Fixtures.KB, "fixtures", org.foresite.site.Builds.SMALL_PAGES);
        }
        return fixtures;
    }

    /** The fixture folder laid out like a real {@code docs/}: articles, an overview and topic analyses. */
    public static synchronized Built docs() {
        if (docs == null) {
            docs = build(Fixtures.DOCS, "docs", PageSizes.DEFAULT);
        }
        return docs;
    }

    /** The real corpus; call {@link RealCorpus#assumePresent()} first. */
    public static synchronized Built real() {
        if (real == null) {
            try {
                real = build(RealCorpus.copyAllInto(root().resolve("real-seeds")), "real", PageSizes.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return real;
    }

    /**
     * {@link #generated()} when it is recombined from the real articles, for the tests of what only appears at scale
     * (A–Z lists split into pages, the explorer's signals in several files): recombined from the fixtures, it has too
     * few themes, keywords and signals for either. Skips the calling test, visibly, without the real corpus.
     */
    public static Built generatedFromRealArticles() {
        RealCorpus.assumePresent();
        return generated();
    }

    /**
     * A generated knowledge base of {@value #GENERATED_ARTICLES} articles, recombined from the real articles where
     * they are present and from the fixtures otherwise, so that it exists on every machine.
     */
    public static synchronized Built generated() {
        if (generated == null) {
            Path source = RealCorpus.isPresent() ? RealCorpus.FUTURES : Fixtures.KB;
            Path seeds = root().resolve("generated-seeds");
            try {
                org.foresite.bench.CorpusGenerator.generate(source, seeds, GENERATED_ARTICLES, 42);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            generated = build(seeds, "generated", PageSizes.DEFAULT);
        }
        return generated;
    }

    private static Built build(Path seeds, String name, PageSizes pages) {
        Path site = root().resolve(name + "-site");
        new SiteBuilder().build(new BuildOptions(seeds, Path.of("templates"), site, null, BuildOptions.DEFAULT_SITE_NAME)
                .withPageSizes(pages));
        return new Built(seeds, site, KnowledgeBases.read(seeds));
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("foresite-sites");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        }
        return root;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: the temporary folder is the system's to clean otherwise.
        }
    }
}

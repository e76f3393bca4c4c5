package org.foresite.site;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Diagnostics;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.Linker;
import org.foresite.link.Fingerprint;
import org.foresite.link.PageLayout;
import org.foresite.link.PageReads;
import org.foresite.link.Sources;
import org.foresite.link.TermMemo;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Topic;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;
import org.foresite.parse.SeedDecoder;
import org.foresite.parse.SeedFile;
import org.foresite.parse.SeedFolder;
import org.foresite.parse.SeedKind;
import org.foresite.parse.TopicParser;
import org.foresite.parse.ParsedTopic;
import org.foresite.render.MarkdownRenderer;
import org.foresite.render.TemplateEngine;
import org.foresite.render.ViewFactory;
import org.foresite.search.SearchIndexBuilder;
import org.foresite.search.SignalIndex;
import org.foresite.search.TermFinder;

/**
 * The pipeline: read seeds (sorted) → parse (parallel) → link → plan pages → render (parallel, in chunks) →
 * write (one writer, overlapping the next chunk's rendering) → report. Data flows one way; nothing downstream
 * reaches back.
 *
 * <p>Builds are incremental, by recorded dependencies. Every page, and every group of data files, reads the
 * knowledge base through a {@link org.foresite.link.PageReads} that records what it read; the build cache keeps
 * that record and the digest of everything read. A page (or group) whose template and recorded inputs are
 * unchanged, and whose file is still as the last build left it, is neither rendered nor written; any other file is
 * compared with the live one and written only when its bytes differ. The result is byte for byte what a clean
 * build gives. Parsed seeds and their analysed search text are kept in the seed store beside the site, so a new
 * process parses and analyses only the seeds that changed; one instance kept alive (as {@code serve} does) keeps
 * the store in memory.
 */
public final class SiteBuilder {
    private final ArticleParser parser = new ArticleParser();
    private final TopicParser topicParser = new TopicParser();
    private final SearchIndexBuilder search = new SearchIndexBuilder();
    // What a builder kept alive remembers between builds is held softly where it is big: with a big knowledge base
    // in a small heap, the collector drops it rather than run out of memory, and the next build starts afresh
    // (from the cache on disk).
    private SoftReference<Map<String, SeedStore.Seed>> lastSeeds = new SoftReference<>(null);
    private BuildCache lastCache;
    private SoftReference<TermMemo> lastTerms = new SoftReference<>(null);
    /** Whether this build parsed or analysed a seed anew, so that the seed store must be written. */
    private final java.util.concurrent.atomic.AtomicBoolean storeChanged = new java.util.concurrent.atomic.AtomicBoolean();
    private final boolean keepsForNextBuild;

    /** A builder kept alive between builds (as {@code serve} keeps one): it remembers what the next build can reuse. */
    public SiteBuilder() {
        this(true);
    }

    private SiteBuilder(boolean keepsForNextBuild) {
        this.keepsForNextBuild = keepsForNextBuild;
    }

    /**
     * A builder for one build (as {@code foresite build} makes): it keeps nothing for a next build. Held softly, that
     * was still held to the end of the build, since soft references are let go only when the heap runs out: at 30,000
     * articles every article's analysed search text, in a 1 GB heap that then ended in a full collection.
     */
    public static SiteBuilder forOneBuild() {
        return new SiteBuilder(false);
    }

    public BuildReport build(BuildOptions options) {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.seeds())) {
            throw new BuildException("the seeds folder " + options.seeds() + " does not exist");
        }
        OutputFolder output = new OutputFolder(options.out());
        output.checkSafe(options.seeds(), options.templates());

        StageTimer timer = new StageTimer();
        String stamp = BuildStamp.of(options);
        BuildCache previous = lastCache != null && lastCache.stamp().equals(stamp)
                ? lastCache : BuildCache.read(output.cacheFile(), stamp);
        Diagnostics diagnostics = new Diagnostics();
        List<Diagnostic> listing = new ArrayList<>();
        List<SeedFile> seeds = SeedFolder.list(options.seeds(), listing);
        diagnostics.addAll(listing);
        Map<String, SeedStore.Seed> parsed = new ConcurrentHashMap<>(seeds.size());
        Map<String, SeedStore.Seed> known = lastSeeds.get();
        Map<String, SeedStore.Seed> lastParsed = known != null ? known
                : SeedStore.read(output.seedStoreFile(), BuildStamp.generatorIdentity());
        Map<String, Topic> topics = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicInteger skipped = new java.util.concurrent.atomic.AtomicInteger();
        List<Article> articles = seeds.parallelStream()
                .map(seed -> read(seed, options, lastParsed, parsed, topics, skipped, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        timer.lap("parse");
        // The search index and the other data files are made on a thread of their own, alongside the rest: much of
        // their work is sequential, so the cores the other stages leave idle now and then do it.
        java.util.concurrent.ExecutorService alongside = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> new Thread(r, "foresite-search"));
        List<PagePlan.Page> plan;
        OutputFolder.Update update;
        List<String> rendered;
        Map<String, BuildCache.Entry> entries;
        Map<String, BuildCache.PageRecord> records;
        Map<String, BuildCache.UnitRecord> unitRecords = new ConcurrentHashMap<>();
        Sources sources;
        KnowledgeBase kb;
        try {
            // The search analysis of a new seed needs its article alone: it is made first, while this thread links
            // the knowledge base and plans the pages, work of one core that leaves the other idle. Not waited for:
            // the search index asks for each analysis again on the same thread, so a failure here is met there.
            CompletableFuture.runAsync(() -> {
                long begin = System.nanoTime();
                parsed.forEach((name, seed) -> {
                    if (seed.article().isPresent()) {
                        analysis(parsed, name);
                    }
                });
                timer.record("search analysis", (System.nanoTime() - begin) / 1e9);
            }, alongside);

            TermMemo terms = new TermMemo(lastTerms.get());
            kb = Linker.link(articles, List.copyOf(topics.values()), terms);
            diagnostics.addAll(kb.notes());
            UrlScheme urls = UrlScheme.of(kb, terms);
            if (keepsForNextBuild) {
                lastTerms = new SoftReference<>(terms);
            }
            timer.lap("link");
            Map<String, String> digests = new HashMap<>();
            parsed.values().forEach(p -> p.article().ifPresent(a -> digests.put(a.id(), p.digest())));
            PageLayout layout = PageLayout.of(kb, options.pageSizes());
            ViewFactory views = new ViewFactory(new MarkdownRenderer(), options.siteName(), options.baseUrl(),
                    options.pageSizes(), org.foresite.search.IndexFiles.DIR);
            TemplateEngine templates = new TemplateEngine(options.templates());
            plan = PagePlan.of(kb, urls, layout, views, options);
            // Sized for the pages from the start: grown step by step, these maps were rehashed a dozen times each,
            // by all the threads that filled them.
            sources = new Sources(kb, urls, layout, digests::get, plan.size());
            records = new ConcurrentHashMap<>(plan.size());
            entries = new ConcurrentHashMap<>(plan.size() + plan.size() / 4);
            timer.lap("plan");

            update = output.begin();
            InputCheck inputs = new InputCheck(sources, previous);
            FilePlacer files = new FilePlacer(previous, output, update, entries);
            try {
                // Data files are written as each group is made, not held until the pages are done: at 30,000 articles
                // the search index alone is a large part of a 1 GB heap.
                java.util.function.Consumer<OutputFile> place = file -> files.place(file.path(), file.bytes());
                CompletableFuture<Void> dataFiles = CompletableFuture.runAsync(() -> {
                    long begin = System.nanoTime();
                    Assets.collect(options.templates()).forEach(place);
                    HostingFiles.files(kb, urls, options, plan).forEach(place);
                    TopicImages.files(kb, urls, options.seeds()).forEach(place);
                    for (DataUnit unit : DataUnit.all(search, options, name -> analysis(parsed, name))) {
                        make(unit, previous, inputs, files, unitRecords, sources, timer);
                        if (unit.name().equals(DataUnit.SEARCH)) {
                            storeSeeds(parsed, lastParsed, output, timer);
                        }
                    }
                    timer.record("search index", (System.nanoTime() - begin) / 1e9);
                }, alongside);
                rendered = new Pages(plan, sources, inputs, templates, previous, files, records).build();
                timer.lap("render");
                join(dataFiles);
                timer.lap("waiting for the search index");
                // A crash between here and the new cache must not leave a cache that describes files no longer there.
                BuildCache.delete(output.cacheFile());
                update.commit(previous.isEmpty() ? null : previous.entries().keySet());
                timer.lap("write");
            } catch (RuntimeException e) {
                update.abandon();
                throw e;
            }
        } finally {
            alongside.shutdownNow();
        }
        java.util.Set<String> keys = ConcurrentHashMap.newKeySet(sources.keysRead());
        records.values().parallelStream().forEach(r -> keys.addAll(r.keys()));
        unitRecords.values().forEach(r -> keys.addAll(r.keys()));
        Map<String, String> keyDigests = new ConcurrentHashMap<>(keys.size());
        keys.parallelStream().forEach(k -> keyDigests.put(k, sources.digest(k)));
        timer.lap("input digests");
        BuildCache cache = new BuildCache(stamp, recordStates(entries, output), new HashMap<>(records),
                new HashMap<>(unitRecords), keyDigests);
        cache.write(output.cacheFile());
        if (keepsForNextBuild) {
            lastCache = cache;
        }
        timer.lap("build cache");

        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildReport(seeds.size(), kb.articles().size(), kb.topics().size(), skipped.get(), kb.themes().size(), kb.keywords().size(),
                (int) plan.stream().filter(p -> p.file() == null).count(), update.written(), update.bytesWritten(),
                rendered, diagnostics.sorted(), seconds,
                timer.stages());
    }

    /** Makes a group of data files, or keeps them when nothing they read changed. */
    private static void make(DataUnit unit, BuildCache previous, InputCheck inputs, FilePlacer files,
            Map<String, BuildCache.UnitRecord> unitRecords, Sources sources, StageTimer timer) {
        BuildCache.UnitRecord last = previous.unit(unit.name());
        if (last != null && inputs.unchanged(last.keys()) && last.files().stream().allMatch(files::intact)) {
            last.files().forEach(files::keep);
            unitRecords.put(unit.name(), last);
            return;
        }
        long unitStart = System.nanoTime();
        PageReads reads = sources.reads();
        List<String> paths = new ArrayList<>();
        if (unit.files() != null) {
            unit.files().make(reads, (path, bytes) -> {
                files.place(path, bytes);
                paths.add(path);
            });
        } else {
            unit.streams().apply(reads).forEach((path, body) -> {
                files.stream(path, body);
                paths.add(path);
            });
        }
        timer.record(unit.name(), (System.nanoTime() - unitStart) / 1e9);
        unitRecords.put(unit.name(), new BuildCache.UnitRecord(reads.keys(), List.copyOf(paths)));
    }

    /**
     * Once the search index is made, every seed is parsed and analysed: writes the seed store (while pages still
     * render) and keeps the analyses only softly from then on, for the next build of this builder. The rest of the
     * build does not need them, and at 30,000 articles they are a third of a 1 GB heap.
     */
    private void storeSeeds(Map<String, SeedStore.Seed> parsed, Map<String, SeedStore.Seed> lastParsed,
            OutputFolder output, StageTimer timer) {
        if (storeChanged.getAndSet(false) || parsed.size() != lastParsed.size()) {
            long storeStart = System.nanoTime();
            SeedStore.write(output.seedStoreFile(), BuildStamp.generatorIdentity(), parsed.values());
            timer.record("seed store", (System.nanoTime() - storeStart) / 1e9);
        }
        if (keepsForNextBuild) {
            lastSeeds = new SoftReference<>(new HashMap<>(parsed));
        }
        parsed.replaceAll((name, seed) -> seed.withAnalysis(null));
        // The seeds as last stored hold every analysis too; only the parse stage needed them.
        lastParsed.clear();
    }

    /** How many seeds, with their analysed search text, this builder holds for its next build. */
    int seedsKeptForNextBuild() {
        Map<String, SeedStore.Seed> kept = lastSeeds.get();
        return kept == null ? 0 : kept.size();
    }

    /** The result of work done alongside, its failure rethrown as it was thrown. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Completes the entries of files this build put (kept or written) with their state on disk after the commit. */
    private static Map<String, BuildCache.Entry> recordStates(Map<String, BuildCache.Entry> entries, OutputFolder output) {
        Map<String, BuildCache.Entry> complete = new ConcurrentHashMap<>(entries.size());
        entries.entrySet().parallelStream().forEach(e -> {
            BuildCache.Entry entry = e.getValue();
            if (entry.size() < 0) {
                OutputFolder.OutputState state = output.state(e.getKey());
                if (state == null) {
                    return;
                }
                entry = new BuildCache.Entry(entry.fingerprint(), state.size(), state.modified());
            }
            complete.put(e.getKey(), entry);
        });
        return new HashMap<>(complete);
    }

    /**
     * Reads one Markdown file of the seeds folder: an article (parsed, or kept from the seed store when its bytes
     * are unchanged), a topic analysis (parsed every build: there are few), or neither (left out with a note).
     */
    private Optional<Article> read(SeedFile seed, BuildOptions options, Map<String, SeedStore.Seed> lastParsed,
            Map<String, SeedStore.Seed> parsed, Map<String, Topic> topics, java.util.concurrent.atomic.AtomicInteger skipped,
            Diagnostics diagnostics) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            byte[] bytes = Files.readAllBytes(seed.path());
            Fingerprint fingerprint = Fingerprint.of(bytes);
            SeedStore.Seed last = lastParsed.get(seed.name());
            if (last != null && last.bytes().equals(fingerprint) && last.id().equals(seed.id())) {
                parsed.put(seed.name(), last);
                found.addAll(last.diagnostics());
                return last.article();
            }
            Optional<String> text = SeedDecoder.decode(bytes, seed.name(), found);
            Optional<Article> article = Optional.empty();
            SeedKind kind = text.map(SeedKind::of).orElse(SeedKind.ARTICLE);
            if (kind == SeedKind.TOPIC) {
                ParsedTopic result = topicParser.parse(seed.id(), seed.name(), text.get());
                found.addAll(result.diagnostics());
                topics.put(seed.name(), TopicImages.resolve(result.topic(), options.seeds(), found));
                return Optional.empty();
            }
            if (kind == SeedKind.OTHER) {
                String heading = SeedKind.firstHeading(text.get());
                found.add(Diagnostic.note(seed.name(), 1, "neither an article ('# __Title__, from ([issue](url).)' with"
                        + " '## ' sections) nor a topic analysis ('# *Topic*: Name')"
                        + (heading.isEmpty() ? "" : ", it starts '" + cut(heading) + "'") + "; not published"));
                skipped.incrementAndGet();
                return Optional.empty();
            }
            if (text.isPresent()) {
                ParsedArticle result = parser.parse(seed.id(), seed.name(), text.get());
                found.addAll(result.diagnostics());
                article = Optional.of(result.article());
            }
            parsed.put(seed.name(), new SeedStore.Seed(fingerprint, seed.id(), seed.name(), article, List.copyOf(found),
                    null));
            storeChanged.set(true);
            return article;
        } catch (IOException e) {
            found.add(Diagnostic.warning(seed.name(), 0, "cannot be read (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        } finally {
            diagnostics.addAll(found);
        }
    }

    private static String cut(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /** A seed's analysed search text: kept from an earlier build, or made now and kept for the next. */
    private SearchIndexBuilder.Analysis analysis(Map<String, SeedStore.Seed> parsed, String name) {
        SeedStore.Seed seed = parsed.get(name);
        if (seed.analysis() == null) {
            seed = seed.withAnalysis(search.analyse(seed.article().orElseThrow()));
            parsed.put(name, seed);
            storeChanged.set(true);
        }
        return seed.analysis();
    }
}

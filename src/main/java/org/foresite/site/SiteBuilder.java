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
import org.foresite.link.Sources;
import org.foresite.link.TermMemo;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;
import org.foresite.parse.SeedDecoder;
import org.foresite.parse.SeedFile;
import org.foresite.parse.SeedFolder;
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
 * <p>Builds are incremental. A page whose inputs (template, settings and the view the template is given) have
 * the fingerprint recorded by the last build, and whose file is still as that build left it, is neither rendered
 * nor written; any other file is compared with the live one and written only when its bytes differ. The result is
 * byte for byte what a clean build gives. One instance kept alive (as {@code serve} does) also remembers parsed
 * seeds and analysed search text between builds.
 */
public final class SiteBuilder {
    private final ArticleParser parser = new ArticleParser();
    private final SearchIndexBuilder search = new SearchIndexBuilder();
    // What a builder kept alive remembers between builds is held softly where it is big: with a big knowledge base
    // in a small heap, the collector drops it rather than run out of memory, and the next build starts afresh
    // (from the cache on disk).
    private SoftReference<Map<String, ParsedSeed>> parsedSeeds = new SoftReference<>(null);
    private BuildCache lastCache;
    private SoftReference<TermMemo> lastTerms = new SoftReference<>(null);

    /** A seed as last parsed: reused while its bytes and its id stay the same. */
    private record ParsedSeed(Fingerprint bytes, String id, String name, Optional<Article> article,
            List<Diagnostic> diagnostics) {
        /** The article is made from the seed's bytes, id and file name alone: together they identify its content. */
        String digest() {
            return bytes.hex() + ' ' + id + ' ' + name;
        }
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
        Map<String, ParsedSeed> parsed = new ConcurrentHashMap<>();
        Map<String, ParsedSeed> known = parsedSeeds.get();
        Map<String, ParsedSeed> lastParsed = known == null ? Map.of() : known;
        List<Article> articles = seeds.parallelStream()
                .map(seed -> read(seed, lastParsed, parsed, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        timer.lap("parse");

        TermMemo terms = new TermMemo(lastTerms.get());
        KnowledgeBase kb = Linker.link(articles, terms);
        UrlScheme urls = UrlScheme.of(kb, terms);
        lastTerms = new SoftReference<>(terms);
        timer.lap("link");
        Map<String, String> digests = new HashMap<>();
        parsed.values().forEach(p -> p.article().ifPresent(a -> digests.put(a.id(), p.digest())));
        PageLayout layout = PageLayout.of(kb, options.pageSizes());
        Sources sources = new Sources(kb, urls, layout, digests::get);
        ViewFactory views = new ViewFactory(new MarkdownRenderer(), options.siteName(), options.baseUrl(),
                options.pageSizes(), org.foresite.search.IndexFiles.DIR);
        TemplateEngine templates = new TemplateEngine(options.templates());
        List<PagePlan.Page> plan = PagePlan.of(kb, urls, layout, views);
        timer.lap("plan");

        OutputFolder.Update update = output.begin();
        Map<String, BuildCache.Entry> entries = new ConcurrentHashMap<>();
        Map<String, BuildCache.PageRecord> records = new ConcurrentHashMap<>();
        List<String> rendered;
        // The search index and the other data files are built alongside the pages: much of their work is
        // sequential, so the cores the page rendering leaves idle now and then do it.
        java.util.concurrent.ExecutorService alongside = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> new Thread(r, "foresite-search"));
        try {
            CompletableFuture<List<OutputFile>> dataFiles = CompletableFuture.supplyAsync(() -> {
                long begin = System.nanoTime();
                List<OutputFile> files = new ArrayList<>(Assets.collect(options.templates()));
                files.addAll(HostingFiles.files(kb, urls, options, plan));
                SignalIndex.build(kb, urls, options.pageSizes().signalsPerPage())
                        .forEach((path, bytes) -> files.add(new OutputFile(path, bytes)));
                TermFinder.build(kb, urls).forEach((path, bytes) -> files.add(new OutputFile(path, bytes)));
                search.build(kb, urls).forEach((path, bytes) -> files.add(new OutputFile(path, bytes)));
                timer.record("search index", (System.nanoTime() - begin) / 1e9);
                return files;
            }, alongside);
            rendered = new Pages(plan, sources, templates, previous, output, update, entries, records).build();
            timer.lap("render");
            List<OutputFile> files = join(dataFiles);
            timer.lap("waiting for the search index");
            for (OutputFile file : files) {
                Fingerprint fingerprint = Fingerprint.of(file.bytes());
                if (previous.holds(file.path(), fingerprint, output)) {
                    update.keep(file.path());
                    entries.put(file.path(), previous.entry(file.path()));
                } else {
                    update.put(file.path(), file.bytes());
                    entries.put(file.path(), new BuildCache.Entry(fingerprint, -1, -1));
                }
            }
            // A crash between here and the new cache must not leave a cache that describes files no longer there.
            BuildCache.delete(output.cacheFile());
            update.commit(previous.isEmpty() ? null : previous.entries().keySet());
        } catch (RuntimeException e) {
            update.abandon();
            throw e;
        } finally {
            alongside.shutdownNow();
        }
        Map<String, String> keyDigests = new HashMap<>();
        records.values().forEach(r -> r.keys().forEach(k -> keyDigests.computeIfAbsent(k, sources::digest)));
        BuildCache cache = new BuildCache(stamp, recordStates(entries, output), new HashMap<>(records), keyDigests);
        cache.write(output.cacheFile());
        lastCache = cache;
        parsedSeeds = new SoftReference<>(parsed);
        timer.lap("write");

        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildReport(seeds.size(), kb.articles().size(), kb.themes().size(), kb.keywords().size(),
                plan.size(), update.written(), update.bytesWritten(), rendered, diagnostics.sorted(), seconds,
                timer.stages());
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
        Map<String, BuildCache.Entry> complete = new ConcurrentHashMap<>();
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

    private Optional<Article> read(SeedFile seed, Map<String, ParsedSeed> lastParsed, Map<String, ParsedSeed> parsed,
            Diagnostics diagnostics) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            byte[] bytes = Files.readAllBytes(seed.path());
            Fingerprint fingerprint = Fingerprint.of(bytes);
            ParsedSeed last = lastParsed.get(seed.name());
            if (last != null && last.bytes().equals(fingerprint) && last.id().equals(seed.id())) {
                parsed.put(seed.name(), last);
                found.addAll(last.diagnostics());
                return last.article();
            }
            Optional<String> text = SeedDecoder.decode(bytes, seed.name(), found);
            Optional<Article> article = Optional.empty();
            if (text.isPresent()) {
                ParsedArticle result = parser.parse(seed.id(), seed.name(), text.get());
                found.addAll(result.diagnostics());
                article = Optional.of(result.article());
            }
            parsed.put(seed.name(), new ParsedSeed(fingerprint, seed.id(), seed.name(), article, List.copyOf(found)));
            return article;
        } catch (IOException e) {
            found.add(Diagnostic.warning(seed.name(), 0, "cannot be read (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        } finally {
            diagnostics.addAll(found);
        }
    }
}

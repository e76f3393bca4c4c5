package org.foresite.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.foresite.link.Fingerprint;
import org.foresite.link.PageReads;
import org.foresite.link.Sources;
import org.foresite.render.TemplateEngine;

/**
 * The pages of one build: those whose record says nothing they read changed are kept as they are; the others are
 * rendered, chunk by chunk on all cores while this thread hands the chunk before to the writer, so at most two
 * chunks of pages are held at once. A rendered page's record is what its {@link PageReads} recorded.
 */
final class Pages {
    /** Pages rendered per step: enough to keep every core busy, few enough to bound the memory held. */
    static final int CHUNK = 256;
    /**
     * The threads that render pages, one per core. Not the common pool: the search index, built alongside, uses
     * that, and on a machine with two cores the common pool has a single thread, which the two would take turns on.
     */
    private static final ForkJoinPool RENDERERS = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private final List<PagePlan.Page> plan;
    private final Sources sources;
    private final TemplateEngine templates;
    private final BuildCache previous;
    private final FilePlacer files;
    private final Map<String, BuildCache.PageRecord> records;
    private final InputCheck inputs;

    Pages(List<PagePlan.Page> plan, Sources sources, InputCheck inputs, TemplateEngine templates, BuildCache previous,
            FilePlacer files, Map<String, BuildCache.PageRecord> records) {
        this.plan = plan;
        this.sources = sources;
        this.inputs = inputs;
        this.templates = templates;
        this.previous = previous;
        this.files = files;
        this.records = records;
    }

    /** Keeps or renders every page; returns the paths of the pages rendered. */
    List<String> build() {
        boolean[] kept = new boolean[plan.size()];
        RENDERERS.submit(() -> IntStream.range(0, plan.size()).parallel().forEach(i -> kept[i] = unchanged(plan.get(i))))
                .join();
        List<PagePlan.Page> stale = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            String path = plan.get(i).path();
            if (kept[i]) {
                files.keep(path);
                records.put(path, previous.page(path));
            } else {
                stale.add(plan.get(i));
            }
        }
        if (stale.isEmpty()) {
            return List.of();
        }
        CompletableFuture<List<Rendered>> next = renderChunk(stale, 0);
        for (int from = 0; from < stale.size(); from += CHUNK) {
            List<Rendered> chunk = next.join();
            if (from + CHUNK < stale.size()) {
                next = renderChunk(stale, from + CHUNK);
            }
            for (Rendered page : chunk) {
                records.put(page.path(), page.record());
                files.place(page.path(), page.bytes(), page.fingerprint());
            }
        }
        return stale.stream().map(PagePlan.Page::path).sorted().toList();
    }

    /** Whether the live page is what rendering it again would give: same template, nothing it read changed. */
    private boolean unchanged(PagePlan.Page page) {
        BuildCache.PageRecord record = previous.page(page.path());
        if (record == null || !record.template().equals(page.template())
                || !record.templateFingerprint().equals(fingerprint(page))) {
            return false;
        }
        return inputs.unchanged(record.keys()) && files.intact(page.path());
    }

    /** A rendered page: its bytes, their fingerprint and what it was made from. */
    private record Rendered(String path, byte[] bytes, Fingerprint fingerprint, BuildCache.PageRecord record) {
    }

    private CompletableFuture<List<Rendered>> renderChunk(List<PagePlan.Page> stale, int from) {
        List<PagePlan.Page> chunk = stale.subList(from, Math.min(stale.size(), from + CHUNK));
        return CompletableFuture.supplyAsync(() -> chunk.parallelStream().map(page -> {
            PageReads reads = sources.reads();
            byte[] bytes = page.file() != null ? page.file().apply(reads)
                    : templates.render(page.template(), page.context().apply(reads));
            return new Rendered(page.path(), bytes, Fingerprint.of(bytes), new BuildCache.PageRecord(page.template(),
                    fingerprint(page), reads.keys()));
        }).toList(), RENDERERS);
    }

    /** The fingerprint of what shapes a page besides what it reads: its templates; a file made by code has none. */
    private String fingerprint(PagePlan.Page page) {
        return page.file() != null ? "" : templates.fingerprint(page.template());
    }
}

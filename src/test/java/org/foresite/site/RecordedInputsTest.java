package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.foresite.Fixtures;
import org.foresite.KnowledgeBases;
import org.foresite.link.Fingerprint;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.PageLayout;
import org.foresite.link.PageReads;
import org.foresite.link.PageSizes;
import org.foresite.link.Sources;
import org.foresite.link.UrlScheme;
import org.foresite.render.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page depends on exactly what it read: a view that starts reading something new is rendered again when that
 * changes, with no list of inputs to keep in step, and a view that does not read it is left alone.
 */
class RecordedInputsTest {
    @TempDir
    Path tmp;

    /** Reads one article's title. */
    private static final Function<PageReads, Map<String, Object>> READS_ONE =
            r -> Map.of("text", r.article("urban-heat").title());
    /** The same, and a second article's title: what a view might start doing in a new version. */
    private static final Function<PageReads, Map<String, Object>> READS_TWO =
            r -> Map.of("text", r.article("urban-heat").title() + " / " + r.article("robotic-farming").title());

    @Test
    void aPageIsRenderedAgainExactlyWhenSomethingItReadChanged() throws IOException {
        Path seeds = copyFixtures();
        Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("templates/probe.peb"), "{{ text }}\n");

        for (var view : List.of(READS_ONE, READS_TWO)) {
            Path site = tmp.resolve("site-" + (view == READS_ONE ? "one" : "two"));
            BuildCache first = build(seeds, site, view, BuildCache.empty("test"));
            BuildCache.PageRecord record = first.page("probe.html");
            assertTrue(record.keys().stream().anyMatch(k -> k.contains("urban-heat")), record.toString());
            assertEquals(view == READS_TWO, record.keys().stream().anyMatch(k -> k.contains("robotic-farming")),
                    "what the view read is recorded, nothing else: " + record);
            assertEquals(List.of("probe.html"), rendered, "a first build renders the page");
            BuildCache again = build(seeds, site, view, first);
            assertEquals(List.of(), rendered, "nothing changed: the page is kept");

            Path other = tmp.resolve("seeds/robotic-farming.md");
            String text = Files.readString(other);
            Files.writeString(other, text.replace("Robotic Farming", "Robot Farming"));
            build(seeds, site, view, again);
            assertEquals(view == READS_TWO ? List.of("probe.html") : List.of(), rendered,
                    "the second article changed: rendered again only where it was read");
            Files.writeString(other, text);
        }
    }

    private List<String> rendered = List.of();

    /** One build of a site of one page, made by {@code view}, from {@code previous}. */
    private BuildCache build(Path seeds, Path site, Function<PageReads, Map<String, Object>> view, BuildCache previous) {
        KnowledgeBase kb = KnowledgeBases.read(seeds);
        Map<String, String> digests = new HashMap<>();
        kb.articles().forEach(a -> digests.put(a.id(), Fingerprint.of(a.toString()).hex()));
        Sources sources = new Sources(kb, UrlScheme.of(kb), PageLayout.of(kb, PageSizes.DEFAULT), digests::get);
        List<PagePlan.Page> plan = List.of(new PagePlan.Page("probe.html", "probe.peb", view, null));
        OutputFolder output = new OutputFolder(site);
        OutputFolder.Update update = output.begin();
        Map<String, BuildCache.Entry> entries = new ConcurrentHashMap<>();
        Map<String, BuildCache.PageRecord> records = new ConcurrentHashMap<>();
        TemplateEngine templates = new TemplateEngine(tmp.resolve("templates"));
        rendered = new Pages(plan, sources, new InputCheck(sources, previous), templates, previous,
                new FilePlacer(previous, output, update, entries), records).build();
        update.commit(null);
        Map<String, BuildCache.Entry> states = new HashMap<>();
        entries.forEach((path, e) -> {
            OutputFolder.OutputState state = output.state(path);
            states.put(path, new BuildCache.Entry(e.fingerprint(), state.size(), state.modified()));
        });
        Map<String, String> keyDigests = new HashMap<>();
        records.values().forEach(r -> r.keys().forEach(k -> keyDigests.put(k, sources.digest(k))));
        return new BuildCache("test", states, new HashMap<>(records), new HashMap<>(), keyDigests);
    }

    private Path copyFixtures() throws IOException {
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        try (var files = Files.list(Fixtures.KB)) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        return seeds;
    }
}

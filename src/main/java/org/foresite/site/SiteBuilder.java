package org.foresite.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Diagnostics;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.Linker;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;
import org.foresite.parse.SeedDecoder;
import org.foresite.parse.SeedFile;
import org.foresite.parse.SeedFolder;
import org.foresite.render.MarkdownRenderer;
import org.foresite.render.SignalsData;
import org.foresite.render.TemplateEngine;
import org.foresite.render.ViewFactory;
import org.foresite.search.SearchIndexBuilder;

/**
 * The pipeline: read seeds (sorted) → parse (parallel) → link → plan pages → render (parallel, collected in
 * order) → write (one writer) → report. Data flows one way; nothing downstream reaches back.
 */
public final class SiteBuilder {
    private final ArticleParser parser = new ArticleParser();

    public BuildReport build(BuildOptions options) {
        long start = System.nanoTime();
        if (!Files.isDirectory(options.seeds())) {
            throw new BuildException("the seeds folder " + options.seeds() + " does not exist");
        }
        OutputFolder output = new OutputFolder(options.out());
        output.checkSafe(options.seeds(), options.templates());

        StageTimer timer = new StageTimer();
        Diagnostics diagnostics = new Diagnostics();
        List<Diagnostic> listing = new ArrayList<>();
        List<SeedFile> seeds = SeedFolder.list(options.seeds(), listing);
        diagnostics.addAll(listing);
        List<Article> articles = seeds.parallelStream()
                .map(seed -> read(seed, diagnostics))
                .flatMap(Optional::stream)
                .toList();
        timer.lap("parse");

        KnowledgeBase kb = Linker.link(articles);
        UrlScheme urls = UrlScheme.of(kb);
        timer.lap("link");
        ViewFactory views = new ViewFactory(kb, urls, new MarkdownRenderer(), options.siteName(), options.baseUrl());
        TemplateEngine templates = new TemplateEngine(options.templates());
        List<PagePlan.Page> plan = PagePlan.of(kb, urls, views);
        List<OutputFile> files = new ArrayList<>(plan.parallelStream()
                .map(page -> new OutputFile(page.path(),
                        templates.render(page.template(), page.context().get()).getBytes(StandardCharsets.UTF_8)))
                .toList());
        timer.lap("render");
        files.addAll(Assets.collect(options.templates()));
        files.addAll(HostingFiles.files(kb, urls, options, plan));
        files.add(ScriptData.file(UrlScheme.SIGNALS_DATA, "foresiteSignals", SignalsData.of(kb, urls)));
        new SearchIndexBuilder().build(kb, urls).forEach((path, bytes) -> files.add(new OutputFile(path, bytes)));
        timer.lap("search index");
        int written = output.write(files);
        timer.lap("write");

        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildReport(seeds.size(), kb.articles().size(), kb.themes().size(), kb.keywords().size(),
                plan.size(), written, diagnostics.sorted(), seconds, timer.stages());
    }

    private Optional<Article> read(SeedFile seed, Diagnostics diagnostics) {
        List<Diagnostic> found = new ArrayList<>();
        try {
            byte[] bytes = Files.readAllBytes(seed.path());
            Optional<String> text = SeedDecoder.decode(bytes, seed.name(), found);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            ParsedArticle parsed = parser.parse(seed.id(), seed.name(), text.get());
            found.addAll(parsed.diagnostics());
            return Optional.of(parsed.article());
        } catch (IOException e) {
            found.add(Diagnostic.warning(seed.name(), 0, "cannot be read (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        } finally {
            diagnostics.addAll(found);
        }
    }
}

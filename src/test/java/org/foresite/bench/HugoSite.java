package org.foresite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foresite.diag.Diagnostic;
import org.foresite.link.ClosestLink;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.Linker;
import org.foresite.model.Article;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.foresite.model.Term;
import org.foresite.model.TermKey;
import org.foresite.parse.ArticleParser;
import org.foresite.parse.ParsedArticle;
import org.foresite.parse.SeedDecoder;
import org.foresite.parse.SeedFile;
import org.foresite.parse.SeedFolder;

/**
 * Turns a seeds folder into a Hugo site of the same knowledge base, for the build benchmark
 * ({@code bench/build.sh}): the comparison is only fair if Hugo publishes the same articles, themes and
 * keywords, so the seeds go through Foresite's own parser and linker and each article carries the merged
 * terms' displayed names, exactly as Foresite's pages show them.
 *
 * <p>Usage: {@code HugoSite --seeds DIR --out DIR}. Prints one line: articles, themes and keywords written.
 * The output folder is replaced.
 */
public final class HugoSite {
    private HugoSite() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        if (seeds == null || out == null) {
            throw new IllegalArgumentException("usage: HugoSite --seeds DIR --out DIR");
        }
        KnowledgeBase kb = Linker.link(read(seeds));
        deleteTree(out);
        Files.createDirectories(out.resolve("content/articles"));
        writeConfig(out);
        writeLayouts(out);
        Map<String, String> themeNames = displayNames(kb.themes());
        Map<String, String> keywordNames = displayNames(kb.keywords());
        for (Article a : kb.articles()) {
            write(out.resolve("content/articles/" + a.id() + ".md"), page(kb, a, themeNames, keywordNames));
        }
        write(out.resolve("content/articles/_index.md"), "---\ntitle: \"Articles\"\n---\n");
        System.out.println(kb.articles().size() + " articles, " + kb.themes().size() + " themes, "
                + kb.keywords().size() + " keywords");
    }

    /** The same listing, decoding and parsing as the site build; seeds it would skip are skipped here too. */
    private static List<Article> read(Path seeds) throws IOException {
        List<Diagnostic> ignored = new ArrayList<>();
        ArticleParser parser = new ArticleParser();
        List<Article> articles = new ArrayList<>();
        for (SeedFile seed : SeedFolder.list(seeds, ignored)) {
            Optional<String> text = SeedDecoder.decode(Files.readAllBytes(seed.path()), seed.name(), ignored);
            if (text.isPresent()) {
                ParsedArticle parsed = parser.parse(seed.id(), seed.name(), text.get());
                articles.add(parsed.article());
            }
        }
        return articles;
    }

    private static Map<String, String> displayNames(List<Term> terms) {
        Map<String, String> names = new HashMap<>();
        terms.forEach(t -> names.put(t.key(), t.display()));
        return names;
    }

    private static String page(KnowledgeBase kb, Article a, Map<String, String> themeNames, Map<String, String> keywordNames) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(quoted(a.title())).append('\n');
        if (a.origin() != null && a.origin().date() != null) {
            s.append("date: ").append(a.origin().date()).append('\n');
        }
        s.append("themes:").append(list(a.themes(), themeNames));
        s.append("keywords:").append(list(a.keywords(), keywordNames));
        // Foresite's article pages link to the resolved Closest entries (or related articles when there are none).
        List<String> links = new ArrayList<>();
        for (ClosestLink link : kb.closest().getOrDefault(a.id(), List.of())) {
            if (link.resolved()) {
                links.add(link.targetId());
            }
        }
        if (links.isEmpty()) {
            links.addAll(kb.related().getOrDefault(a.id(), List.of()));
        }
        s.append("closest:");
        if (links.isEmpty()) {
            s.append(" []\n");
        } else {
            s.append('\n');
            for (String id : links) {
                s.append("  - {id: ").append(quoted(id)).append(", title: ").append(quoted(kb.article(id).title()))
                        .append("}\n");
            }
        }
        s.append("---\n\n");
        s.append(a.summary().strip()).append("\n\n<!--more-->\n\n");
        for (Section section : a.sections()) {
            if (section.isNamed("signals") && section.table().isPresent()) {
                s.append("## Signals\n\n").append(markdownTable(section.table().get())).append('\n');
            }
        }
        return s.toString();
    }

    /** Displayed names of the merged terms, in seed order; spellings merged into one term appear once. */
    private static String list(List<String> spellings, Map<String, String> names) {
        Set<String> shown = new LinkedHashSet<>();
        for (String spelling : spellings) {
            String name = names.get(TermKey.of(spelling));
            if (name != null && !name.isBlank()) {
                shown.add(name);
            }
        }
        if (shown.isEmpty()) {
            return " []\n";
        }
        StringBuilder s = new StringBuilder("\n");
        shown.forEach(n -> s.append("  - ").append(quoted(n)).append('\n'));
        return s.toString();
    }

    private static String markdownTable(Table t) {
        int columns = t.columnCount();
        StringBuilder s = new StringBuilder();
        s.append(row(t.headers(), columns));
        s.append("|").append("---|".repeat(columns)).append('\n');
        t.rows().forEach(r -> s.append(row(r, columns)));
        return s.toString();
    }

    private static String row(List<String> cells, int columns) {
        StringBuilder s = new StringBuilder("|");
        for (int i = 0; i < columns; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            s.append(' ').append(cell.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ")).append(" |");
        }
        return s.append('\n').toString();
    }

    /** A YAML double-quoted scalar; its escapes are a superset of JSON's, so control characters are safe too. */
    static String quoted(String value) {
        StringBuilder s = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\t' -> s.append("\\t");
                case '\r' -> s.append("\\r");
                default -> {
                    // C0/C1 controls, DEL, and the line/paragraph separators YAML would treat as breaks.
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        s.append(String.format("\\u%04x", c));
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.append('"').toString();
    }

    private static void writeConfig(Path out) throws IOException {
        write(out.resolve("hugo.toml"), """
                baseURL = "http://localhost/"
                title = "Foresight knowledge base"
                disableKinds = ["RSS", "sitemap", "robotsTXT"]
                # Some issues are dated in the future (2029); Foresite publishes them, so Hugo must too.
                buildFuture = true
                # Foresite lists articles 100 to a page.
                paginate = 100

                [taxonomies]
                  theme = "themes"
                  keyword = "keywords"
                """);
    }

    private static void writeLayouts(Path out) throws IOException {
        Path layouts = out.resolve("layouts/_default");
        Files.createDirectories(layouts);
        write(layouts.resolve("baseof.html"), """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
                <body>
                <nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/articles/" | relURL }}">Articles</a>
                <a href="{{ "/themes/" | relURL }}">Themes</a> <a href="{{ "/keywords/" | relURL }}">Keywords</a></nav>
                <main>{{ block "main" . }}{{ end }}</main>
                </body>
                </html>
                """);
        write(layouts.resolve("single.html"), """
                {{ define "main" }}
                <article>
                <h1>{{ .Title }}</h1>
                {{ with .Date }}{{ if not .IsZero }}<p><time>{{ .Format "2006-01-02" }}</time></p>{{ end }}{{ end }}
                {{ .Content }}
                <h2>Themes</h2>
                <ul>{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                <h2>Keywords</h2>
                <ul>{{ range .GetTerms "keywords" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
                {{ with .Params.closest }}<h2>Closest</h2>
                <ul>{{ range . }}<li><a href="{{ printf "/articles/%s/" .id | relURL }}">{{ .title }}</a></li>{{ end }}</ul>{{ end }}
                </article>
                {{ end }}
                """);
        String articleItem = """
                <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ .Summary }}</li>""";
        write(layouts.resolve("list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>{{ range .Paginator.Pages }}%s{{ end }}</ul>
                {{ template "_internal/pagination.html" . }}
                {{ end }}
                """.formatted(articleItem));
        write(layouts.resolve("term.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>{{ range .Pages }}%s{{ end }}</ul>
                {{ end }}
                """.formatted(articleItem));
        write(layouts.resolve("taxonomy.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>
                {{ end }}
                """);
        write(out.resolve("layouts/index.html"), """
                {{ define "main" }}
                <h1>{{ site.Title }}</h1>
                <h2>Latest</h2>
                <ul>{{ range first 20 (where site.RegularPages "Section" "articles") }}%s{{ end }}</ul>
                {{ end }}
                """.formatted(articleItem));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package org.foresite.site;

import java.util.List;
import java.util.Locale;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;

/**
 * What a build did.
 *
 * @param seedFiles    seed files found
 * @param articles     articles published
 * @param topics       topic analyses published
 * @param skipped      Markdown files that are neither an article nor a topic, left out with a note
 * @param themes       distinct themes
 * @param keywords     distinct keywords
 * @param pages        HTML pages the site has
 * @param files        files this build wrote (new or changed); unchanged files are left alone
 * @param bytes        bytes this build wrote
 * @param rendered     the pages this build rendered (the others were kept: nothing they read had changed), sorted
 * @param diagnostics  every problem found, in file and line order
 * @param seconds      wall time of the build
 * @param stages       seconds spent in each stage, in pipeline order
 */
public record BuildReport(int seedFiles, int articles, int topics, int skipped, int themes, int keywords, int pages, int files, long bytes,
        List<String> rendered, List<Diagnostic> diagnostics, double seconds, java.util.Map<String, Double> stages) {

    public BuildReport {
        rendered = List.copyOf(rendered);
        diagnostics = List.copyOf(diagnostics);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** Where the time went, for --verbose: {@code parse 0.41 s, link 0.02 s, …}. */
    public String timing() {
        List<String> parts = new java.util.ArrayList<>();
        stages.forEach((stage, s) -> parts.add(String.format(Locale.ROOT, "%s %.2f s", stage, s)));
        return String.join(", ", parts);
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public long notes() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.NOTE).count();
    }

    /**
     * Warnings grouped by kind, most frequent first: a message with its quoted values and numbers blanked
     * ({@code 5 × the newsletter issue '…' is not a date (YYYYMMDD)}).
     */
    public List<String> warningKinds() {
        java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.WARNING) {
                kinds.merge(d.message().replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N"), 1L, Long::sum);
            }
        }
        return kinds.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " × " + e.getKey()).toList();
    }

    /** The one line every build ends with. */
    public String summary() {
        return String.format(Locale.ROOT, "Built %s%s, %s, %s: %s, %s written (%.1f MB), %s, %s%s in %.2f s",
                count(articles, "article"), topics == 0 ? "" : ", " + topics + (topics == 1 ? " topic analysis" : " topic analyses"),
                count(themes, "theme"), count(keywords, "keyword"), count(pages, "page"),
                count(files, "file"), bytes / 1e6, count(warnings(), "warning"), count(notes(), "note"),
                skipped == 0 ? "" : " (" + skipped + (skipped == 1 ? " page is" : " pages are")
                        + " neither an article nor a topic: not published, see the notes)", seconds);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

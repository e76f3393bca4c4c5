package org.foresite.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.foresite.search.SiteSearch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Searches a built site's index, ranking as the search page does.")
public final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--site", paramLabel = "DIR", defaultValue = "site", description = "The built site. Default: ${DEFAULT-VALUE}")
    Path site;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Results to show. Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--exact", description = "Do not let the last word match the words it begins.")
    boolean exact;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words; +word requires, -word excludes, \"a phrase\" requires all its words.")
    List<String> query;

    @Override
    public Integer call() {
        SiteSearch search = new SiteSearch(site);
        SiteSearch.Outcome outcome = search.search(String.join(" ", query), !exact);
        PrintWriter out = spec.commandLine().getOut();
        int shown = Math.min(limit, outcome.results().size());
        out.println(outcome.results().size() + (outcome.results().size() == 1 ? " article" : " articles") + " match");
        for (int i = 0; i < shown; i++) {
            SiteSearch.Hit hit = outcome.results().get(i);
            JsonNode doc = search.doc(hit.doc());
            String date = doc.get("date").asText();
            out.printf("%2d. %s%s%n    %s  (score %.3f)%n", i + 1, doc.get("title").asText(),
                    date.isEmpty() ? "" : " [" + date + "]", doc.get("url").asText(), hit.score() / 1000.0);
        }
        if (!outcome.unknown().isEmpty()) {
            out.println("Not in the index: " + String.join(", ", outcome.unknown()));
        }
        out.flush();
        return ExitCode.OK;
    }
}

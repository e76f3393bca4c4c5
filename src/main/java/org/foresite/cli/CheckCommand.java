package org.foresite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.foresite.check.SiteChecker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a built site: links and assets resolve, sitemap and feed are valid, no page is orphaned.")
public final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file, for its out folder. Default: " + SettingsFile.NAME
                    + " in the working folder, when there is one.")
    Path config;

    @Option(names = "--site", paramLabel = "DIR",
            description = "The built site. Default: the settings file's out, else " + Settings.DEFAULT_OUT)
    Path site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The URL the site is published at; by default read from robots.txt's Sitemap line.")
    String baseUrl;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        // Only the output folder is taken from the settings: the base URL the site was built with is in the site
        // itself (robots.txt), and a --base-url given to build would override the file's.
        Path site = Settings.resolve(spec.commandLine(), new Settings.Given(config, null, null, this.site, null, null, null))
                .out();
        String base = baseUrl == null ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        List<SiteChecker.Problem> problems = new SiteChecker(site).check(base);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(p -> out.println(p.format()));
        out.println(problems.isEmpty() ? "Checked " + site + ": no problems"
                : "Checked " + site + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        out.flush();
        return problems.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }
}

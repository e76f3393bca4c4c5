package org.foresite.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;
import org.foresite.site.BuildReport;
import org.foresite.site.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the site from the seed articles.")
public final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published at (e.g. https://user.github.io/kb/), for canonical links. "
                    + "Default: the settings file's base-url, else none.")
    String baseUrl;

    @Option(names = "--cname", paramLabel = "DOMAIN",
            description = "Custom domain for GitHub Pages: writes a CNAME file (e.g. foresight.example.org). Default: "
                    + "the settings file's cname, else none.")
    String cname;

    @Option(names = "--strict", description = "Exit non-zero when any seed had a problem (a warning).")
    boolean strict;

    @Option(names = "--verbose", description = "Also print notes, and stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Settings settings = Settings.resolve(spec.commandLine(),
                site.given(baseUrl, cname));
        BuildReport report = SiteBuilder.forOneBuild().build(settings.buildOptions());
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : report.diagnostics()) {
            if (verbose || d.severity() == Severity.WARNING) {
                err.println(d.format());
            }
        }
        List<String> kinds = report.warningKinds();
        if (kinds.size() > 1) {
            err.println("Warnings by kind:");
            kinds.forEach(k -> err.println("  " + k));
        }
        err.flush();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (verbose) {
            err.println("timing: " + report.timing());
            err.flush();
        }
        outWriter.println(report.summary());
        outWriter.flush();
        if (strict && report.warnings() > 0) {
            List<String> files = report.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
                    .map(Diagnostic::file).distinct().toList();
            err.println("foresite: --strict: " + report.warnings() + (report.warnings() == 1 ? " warning in " : " warnings in ")
                    + files.size() + (files.size() == 1 ? " file: " : " files: ") + String.join(", ", files));
            err.flush();
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }
}

package org.foresite.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.foresite.diag.Diagnostic;
import org.foresite.diag.Severity;
import org.foresite.site.BuildOptions;
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

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of seed articles (.md, .txt). Default: ${DEFAULT-VALUE}")
    Path seeds;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Folder of Pebble templates overriding the built-in ones file by file. Default: ${DEFAULT-VALUE}")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Output folder, replaced when the build succeeds. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published at (e.g. https://user.github.io/kb/), for canonical links.")
    String baseUrl;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = BuildOptions.DEFAULT_SITE_NAME,
            description = "Site name shown in every page header. Default: ${DEFAULT-VALUE}")
    String title;

    @Option(names = "--cname", paramLabel = "DOMAIN",
            description = "Custom domain for GitHub Pages: writes a CNAME file (e.g. foresight.example.org).")
    String cname;

    @Option(names = "--strict", description = "Exit non-zero when any seed had a problem (a warning).")
    boolean strict;

    @Option(names = "--verbose", description = "Also print notes, and stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        BuildOptions options = new BuildOptions(seeds, templates, out, normalisedBaseUrl(), title, domain());
        BuildReport report = new SiteBuilder().build(options);
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

    private String domain() {
        if (cname == null) {
            return null;
        }
        String d = cname.strip().toLowerCase(java.util.Locale.ROOT);
        if (!d.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cname must be a domain name, got '" + cname + "'");
        }
        return d;
    }

    private String normalisedBaseUrl() {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(baseUrl.strip());
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--base-url must be an absolute http(s) URL, got '" + baseUrl + "'");
            }
            String s = uri.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-url is not a valid URL: '" + baseUrl + "'");
        }
    }
}

package org.foresite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.foresite.serve.Preview;
import org.foresite.site.BuildOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds the site, serves it on 127.0.0.1, and rebuilds and reloads open pages when seeds or templates change.")
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file; options given here override it. Default: " + SettingsFile.NAME
                    + " in the working folder, when there is one.")
    Path config;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Default: the settings file's seeds, else "
            + Settings.DEFAULT_SEEDS)
    Path seeds;

    @Option(names = "--templates", paramLabel = "DIR", description = "Default: the settings file's templates, else "
            + Settings.DEFAULT_TEMPLATES)
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Default: the settings file's out, else "
            + Settings.DEFAULT_OUT)
    Path out;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000", description = "Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Site name shown in every page header. Default: the settings file's title, else "
                    + Settings.DEFAULT_TITLE)
    String title;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        // The preview is served from 127.0.0.1: the settings file's base-url and cname, which are about the published
        // site, are left out, as they always were for serve.
        Settings settings = Settings.resolve(spec.commandLine(), new Settings.Given(config, seeds, templates, out, title,
                null, null));
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Preview preview = new Preview(new BuildOptions(settings.seeds(), settings.templates(),
                settings.out(), null, settings.title()), port, err)) {
            PrintWriter outWriter = spec.commandLine().getOut();
            outWriter.println("Serving " + preview.url() + " (watching " + settings.seeds() + " and "
                    + settings.templates() + "; Ctrl-C stops)");
            outWriter.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCode.OK;
    }
}

package org.foresite.cli;

import java.io.PrintWriter;
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

    @CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000", description = "Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        // The preview is served from 127.0.0.1: the settings file's base-url and cname, which are about the published
        // site, are left out, as they always were for serve.
        Settings settings = Settings.resolve(spec.commandLine(), site.given(null, null));
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

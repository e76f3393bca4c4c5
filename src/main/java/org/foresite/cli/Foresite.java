package org.foresite.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(name = "foresite", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Publishes a folder of foresight articles as a static website.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class,
            SearchCommand.class, CommandLine.HelpCommand.class})
public final class Foresite implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line: one-line usage errors, stack traces only with --verbose. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Foresite());
        cli.setParameterExceptionHandler(Foresite::usageError);
        cli.setExecutionExceptionHandler(Foresite::failure);
        return cli;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("foresite: " + e.getMessage() + " (try '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("foresite: error: " + e.getMessage());
        if (parsed.hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILED;
    }
}

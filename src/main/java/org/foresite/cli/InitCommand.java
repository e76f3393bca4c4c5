package org.foresite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.foresite.starter.StarterRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Creates a new knowledge-base repository: an example article in seeds/, foresite.yml, a GitHub "
                + "Pages workflow that uses this release's action, .gitignore and a README for curators.")
public final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder to create the repository in; it must be missing or empty.")
    Path folder;

    @Override
    public Integer call() throws IOException {
        // Refused before anything is written: a curator's files are never mixed with or replaced by the starter's.
        // Reported by Foresite's one error handler, as the build's refusal of a folder it did not write is.
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw new IllegalStateException("refusing to create a knowledge base in " + folder + ": "
                    + (Files.isDirectory(folder) ? "the folder is not empty" : "it is a file") + "; name a new or empty folder");
        }
        List<StarterRepository.File> files = StarterRepository.files(
                new StarterRepository.Release(VersionProvider.repository(), VersionProvider.version()));
        for (StarterRepository.File file : files) {
            Path target = folder.resolve(file.path());
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + target + " (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + folder + ": " + files.stream().map(StarterRepository.File::path).collect(Collectors.joining(", ")));
        out.println("Next: build it in that folder with 'foresite build', and read its README.md to publish it.");
        out.flush();
        return ExitCode.OK;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}

package org.foresite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * The only writer of the build. Files go to a fresh folder beside the output, which replaces the output only
 * once everything is written, so a failed build leaves the previous site as it was. Unchanged files are carried
 * over as hard links, untouched.
 */
public final class OutputFolder {
    /** Marks a folder as Foresite's own output, which a later build may replace. */
    static final String MARKER = ".foresite-site";

    private final Path out;

    OutputFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Refuses output folders whose replacement would destroy something that is not ours. */
    void checkSafe(Path seeds, Path templates) {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (out.getParent() == null || out.equals(home)) {
            throw new BuildException("refusing to write the site to " + out + ": choose a dedicated --out folder");
        }
        for (Path input : List.of(seeds, templates)) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(out) || out.startsWith(in)) {
                throw new BuildException("refusing to write the site to " + out + ": it overlaps the input folder " + in);
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new BuildException("refusing to replace " + out
                    + ": it is not empty and was not written by Foresite; remove it or choose another --out");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BuildException("refusing to replace " + out + ": it is a file, not a folder");
        }
    }

    /** Writes every file into a staging folder and swaps it in. Files are written in the order given. */
    int write(List<OutputFile> files) {
        Path parent = out.getParent();
        Path staging = parent.resolve("." + out.getFileName() + ".foresite-new");
        Path previous = parent.resolve("." + out.getFileName() + ".foresite-old");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            deleteTree(previous);
            Files.createDirectories(staging);
            Files.writeString(staging.resolve(MARKER), "Written by Foresite; the next build replaces this folder.\n");
            for (OutputFile file : files) {
                Path target = staging.resolve(file.path());
                Files.createDirectories(target.getParent());
                if (!linkedUnchanged(out.resolve(file.path()), target, file.bytes())) {
                    Files.write(target, file.bytes());
                }
            }
            if (Files.exists(out)) {
                Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
            return files.size();
        } catch (IOException e) {
            throw new BuildException("cannot write the site to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file whose bytes did not change is hard-linked from the previous output instead of written again: it keeps
     * its modification time (so deploys and browsers see it unchanged) and costs no write.
     */
    private static boolean linkedUnchanged(Path previous, Path target, byte[] bytes) {
        try {
            if (!Files.isRegularFile(previous, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(previous) != bytes.length
                    || !java.util.Arrays.equals(Files.readAllBytes(previous), bytes)) {
                return false;
            }
            Files.createLink(target, previous);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

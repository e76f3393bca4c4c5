package org.foresite.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.foresite.diag.Diagnostic;

/** Lists the seeds of a folder: {@code .md} and {@code .txt} files, sorted, hidden entries and symlinks left out. */
public final class SeedFolder {
    private SeedFolder() {
    }

    public static List<SeedFile> list(Path folder, List<Diagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(q -> !q.equals(folder)).filter(q -> !isHidden(folder.relativize(q)))
                    .filter(SeedFolder::isSeedName).sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    // A link could lead anywhere on the machine; the build reads only what the folder holds.
                    diagnostics.add(Diagnostic.warning(relativeName(folder, p), 0, "symbolic link, not followed; skipped"));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seeds folder " + folder, e);
        }
        List<String> names = files.stream().map(p -> relativeName(folder, p)).sorted().toList();
        Map<String, String> owners = new HashMap<>();
        List<SeedFile> seeds = new ArrayList<>();
        for (String name : names) {
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            String id = fileName.substring(0, fileName.lastIndexOf('.'));
            String owner = owners.putIfAbsent(id.toLowerCase(Locale.ROOT), name);
            if (owner != null) {
                String unique = uniqueId(fileName, owners);
                diagnostics.add(Diagnostic.warning(name, 0, "article id '" + id + "' is already used by " + owner
                        + "; this article is published as '" + unique + "'"));
                id = unique;
            }
            seeds.add(new SeedFile(folder.resolve(name), name, id));
        }
        return seeds;
    }

    private static String uniqueId(String fileName, Map<String, String> owners) {
        String base = fileName.replace('.', '-');
        String candidate = base;
        for (int n = 2; owners.putIfAbsent(candidate.toLowerCase(Locale.ROOT), fileName) != null; n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static boolean isSeedName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".txt")) && name.lastIndexOf('.') > 0;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}

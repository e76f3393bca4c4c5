package org.foresite.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of a new knowledge-base repository, as {@code foresite init} writes them: an example article,
 * {@code foresite.yml}, the GitHub Pages workflow that uses Foresite's action, a {@code .gitignore} and a README
 * for curators. Their text lives in the jar ({@code foresite/init/}); only the release they name is filled in here.
 */
public final class StarterRepository {
    private static final String RESOURCES = "foresite/init/";

    /**
     * Each template and where it goes in the new repository. Dot-files are stored without their dot: Maven's
     * resource copying leaves out files such as {@code .gitignore}.
     */
    private static final Map<String, String> TEMPLATES = templates();

    /** A file of the new repository: its path inside it, with '/' between folders, and its text. */
    public record File(String path, String text) {
    }

    /** The release a new repository uses: its action and, to build locally, its jar. */
    public record Release(String repository, String version) {
        /** How a workflow names the action of this release: {@code owner/name@v1.2.0}. */
        public String action() {
            return repository + "@v" + version;
        }

        /** A development build has no release to download or use. */
        boolean published() {
            return !version.endsWith("-SNAPSHOT");
        }
    }

    private StarterRepository() {
    }

    private static Map<String, String> templates() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("README.md", "README.md");
        t.put("foresite.yml", "foresite.yml");
        t.put("gitignore", ".gitignore");
        t.put("pages.yml", ".github/workflows/pages.yml");
        t.put("example.md", "seeds/neighbourhood-batteries.md");
        return t;
    }

    /** The files, in a fixed order, naming the given release. */
    public static List<File> files(Release release) {
        return TEMPLATES.entrySet().stream().map(e -> new File(e.getValue(), fill(resource(e.getKey()), release))).toList();
    }

    /**
     * The text of a template with the release filled in. Templates mark what is filled in as {@code @NAME@}, which
     * clashes neither with Markdown nor with the {@code ${{ }}} expressions of GitHub workflows.
     */
    private static String fill(String template, Release release) {
        String note = release.published() ? "" : resource("snapshot-note.md");
        return template.replace("@RELEASE_NOTE@\n", note).replace("@ACTION@", release.action())
                .replace("@REPOSITORY@", release.repository()).replace("@VERSION@", release.version());
    }

    private static String resource(String name) {
        try (InputStream in = StarterRepository.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its template " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

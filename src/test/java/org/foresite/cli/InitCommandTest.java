package org.foresite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.foresite.starter.StarterRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** foresite init: the repository it creates builds cleanly, and its workflow publishes with this release's action. */
class InitCommandTest {
    private static final Path ACTION_VALIDATOR = Path.of("node_modules", ".bin", "action-validator");
    private static final List<String> CREATED = List.of("README.md", "foresite.yml", ".gitignore",
            ".github/workflows/pages.yml", "seeds/neighbourhood-batteries.md");

    @TempDir
    Path tmp;
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void theNewRepositoryBuildsWithoutWarningsAndPassesTheCheck() throws IOException {
        Path kb = tmp.resolve("new/kb");
        assertEquals(ExitCode.OK, run("init", kb.toString()), err.toString());
        assertEquals(Set.copyOf(CREATED), files(kb));
        assertTrue(out.toString().startsWith("Created " + kb + ": " + String.join(", ", CREATED)), out.toString());

        assertEquals(ExitCode.OK, run("build", "--strict", "--config", kb.resolve("foresite.yml").toString()), err.toString());
        assertTrue(out.toString().contains("Built 1 article, 3 themes, 8 keywords:"), out.toString());
        assertTrue(out.toString().contains(" 0 warnings, 0 notes "), out.toString());
        assertEquals("", err.toString(), "no warning and no note");
        String page = Files.readString(kb.resolve("site/articles/neighbourhood-batteries.html"));
        assertTrue(page.contains("<h1>Neighbourhood Batteries Let Streets Share Their Solar Power</h1>"), page);
        assertTrue(page.contains("Network operators pay for flatter peaks"), "the signals table is published");
        assertTrue(Files.readString(kb.resolve("site/index.html")).contains("<title>Foresight knowledge base</title>"));

        assertEquals(ExitCode.OK, run("check", "--config", kb.resolve("foresite.yml").toString()), out.toString());
        assertTrue(out.toString().contains("Checked " + kb.resolve("site") + ": no problems"), out.toString());
    }

    @Test
    void gitIgnoresWhatTheBuildWrites() throws IOException {
        Path kb = tmp.resolve("kb");
        assertEquals(ExitCode.OK, run("init", kb.toString()), err.toString());
        assertEquals(ExitCode.OK, run("build", "--config", kb.resolve("foresite.yml").toString()), err.toString());
        List<String> patterns = Files.readAllLines(kb.resolve(".gitignore")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.replaceAll("^/|/$", "")).toList();
        try (Stream<Path> entries = Files.list(kb)) {
            List<String> built = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !CREATED.contains(name) && !name.equals("seeds") && !name.equals(".github")).sorted().toList();
            assertEquals(List.of(".site.foresite-cache", ".site.foresite-seeds", "site"), built);
            for (String name : built) {
                assertTrue(patterns.stream().anyMatch(p -> FileSystems.getDefault().getPathMatcher("glob:" + p).matches(Path.of(name))),
                        name + " is ignored by " + patterns);
            }
        }
    }

    @Test
    void theWorkflowUsesThisReleasesActionAndDeploysToPages() throws IOException {
        Path kb = tmp.resolve("kb");
        assertEquals(ExitCode.OK, run("init", kb.toString()), err.toString());
        JsonNode workflow = new YAMLMapper().readTree(kb.resolve(".github/workflows/pages.yml").toFile());
        List<String> buildSteps = uses(workflow.at("/jobs/build/steps"));
        String action = VersionProvider.repository() + "@v" + VersionProvider.version();
        assertTrue(buildSteps.contains(action), buildSteps.toString());
        assertTrue(buildSteps.contains("actions/configure-pages@v5"), buildSteps.toString());
        JsonNode build = StreamSupport.stream(workflow.at("/jobs/build/steps").spliterator(), false)
                .filter(s -> s.path("uses").asText().equals(action)).findFirst().orElseThrow();
        assertEquals("${{ steps.pages.outputs.base_url }}", build.at("/with/base-url").asText());
        assertEquals(List.of("actions/deploy-pages@v4"), uses(workflow.at("/jobs/deploy/steps")));
        assertEquals("write", workflow.at("/jobs/deploy/permissions/pages").asText());

        // The action it names builds the site from the caller's folder and uploads it for the deploy job.
        JsonNode metadata = new YAMLMapper().readTree(Path.of("action.yml").toFile());
        assertEquals("composite", metadata.at("/runs/using").asText());
        assertTrue(uses(metadata.at("/runs/steps")).contains("actions/upload-pages-artifact@v3"));
        assertTrue(metadata.at("/inputs").has("base-url"));
    }

    @Test
    void theWorkflowIsValidForGitHubActions() throws IOException, InterruptedException {
        assumeValidator();
        Path kb = tmp.resolve("kb");
        assertEquals(ExitCode.OK, run("init", kb.toString()), err.toString());
        Path report = tmp.resolve("report.txt");
        Process p = new ProcessBuilder(ACTION_VALIDATOR.toString(), kb.resolve(".github/workflows/pages.yml").toString())
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("action-validator did not finish in 2 minutes");
        }
        assertEquals(0, p.exitValue(), Files.readString(report, StandardCharsets.UTF_8));
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndWritesNothing() throws IOException {
        Path kb = tmp.resolve("kb");
        Files.createDirectories(kb);
        Files.writeString(kb.resolve("notes.md"), "my notes");
        assertEquals(ExitCode.FAILED, run("init", kb.toString()));
        assertEquals("foresite: error: refusing to create a knowledge base in " + kb
                + ": the folder is not empty; name a new or empty folder", err.toString().strip());
        assertEquals(Set.of("notes.md"), files(kb));
        assertEquals("my notes", Files.readString(kb.resolve("notes.md")));

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "text");
        assertEquals(ExitCode.FAILED, run("init", file.toString()));
        assertTrue(err.toString().contains(file + ": it is a file"), err.toString());
    }

    @Test
    void anEmptyFolderIsFine() throws IOException {
        Path kb = tmp.resolve("kb");
        Files.createDirectories(kb);
        assertEquals(ExitCode.OK, run("init", kb.toString()), err.toString());
        assertEquals(Set.copyOf(CREATED), files(kb));
    }

    @Test
    void aDevelopmentBuildNamesItsVersionAndTellsWhichReleaseToUse() {
        List<StarterRepository.File> snapshot = StarterRepository.files(new StarterRepository.Release("acme/foresite", "0.3.0-SNAPSHOT"));
        assertTrue(text(snapshot, ".github/workflows/pages.yml").contains("uses: acme/foresite@v0.3.0-SNAPSHOT\n"));
        String readme = text(snapshot, "README.md");
        assertTrue(readme.contains("no release `v0.3.0-SNAPSHOT` exists. In `.github/workflows/pages.yml`, replace "
                + "`v0.3.0-SNAPSHOT` with the tag of the newest\nrelease listed at https://github.com/acme/foresite/releases"), readme);

        List<StarterRepository.File> release = StarterRepository.files(new StarterRepository.Release("acme/foresite", "1.2.0"));
        String released = text(release, "README.md");
        assertFalse(released.contains("SNAPSHOT") || released.contains("development build"), released);
        assertTrue(released.contains("curl -LO https://github.com/acme/foresite/releases/download/v1.2.0/foresite-1.2.0.jar"), released);
        assertTrue(released.endsWith("has a warning.\n"), "no placeholder is left: " + released);
        for (StarterRepository.File f : release) {
            assertFalse(f.text().matches("(?s).*@[A-Z_]+@.*"), f.path() + " has a placeholder left");
        }
    }

    /** The README shows what init writes; this keeps the copy from drifting, rather than a second hand-written one. */
    @Test
    void theReadmeShowsTheWorkflowAndTheSettingsInitWrites() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Publish your own knowledge base\n");
        assertTrue(start >= 0, "the README has the section");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> yaml = Pattern.compile("\n```yaml\n(.*?)```\n", Pattern.DOTALL).matcher(section).results()
                .map(m -> m.group(1)).toList();
        List<StarterRepository.File> files = StarterRepository.files(
                new StarterRepository.Release(VersionProvider.repository(), VersionProvider.version()));
        assertEquals(List.of(text(files, ".github/workflows/pages.yml"), text(files, "foresite.yml")), yaml);
    }

    private static String text(List<StarterRepository.File> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }

    private static List<String> uses(JsonNode steps) {
        return StreamSupport.stream(steps.spliterator(), false).map(s -> s.path("uses").asText()).filter(u -> !u.isEmpty()).toList();
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }

    /** Skipped, visibly, without the validator from package.json; in CI a missing validator is a failure. */
    private static void assumeValidator() {
        if (Files.isExecutable(ACTION_VALIDATOR)) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail(ACTION_VALIDATOR + " is missing in CI: .ci/run must install it (npm install)");
        }
        System.out.println("SKIPPED: " + ACTION_VALIDATOR + " is absent (npm install --no-package-lock); the workflow "
                + "foresite init writes is not validated");
        assumeTrue(false, "action-validator is not installed");
    }
}

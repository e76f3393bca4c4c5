package org.foresite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foresite.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void buildsAndEndsWithOneSummaryLine(@TempDir Path tmp) {
        int code = run("build", "--seeds", Fixtures.KB.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(ExitCode.OK, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(1, lines.length);
        assertTrue(lines[0].matches("Built 8 articles, 12 themes, 30 keywords: 70 pages, 119 files written \\(0\\.4 MB\\), 10 warnings, 3 notes in [0-9.]+ s"),
                lines[0]);
        assertTrue(err.toString().contains("empty.md: warning: empty file, not an article; skipped"), err.toString());
        assertTrue(!err.toString().contains("note:"), "notes only with --verbose");
        int at = err.toString().indexOf("Warnings by kind:\n");
        assertTrue(at > 0, "warnings are grouped at the end: " + err);
        List<String> grouped = List.of(err.toString().substring(at).strip().split("\n"));
        assertEquals(11, grouped.size(), "a heading and ten kinds: " + grouped);
        assertTrue(grouped.contains("  1 × table row has N cells, the header has N; padded with empty cells"), grouped.toString());
        assertTrue(grouped.contains("  1 × the newsletter issue '…' is not a date (YYYYMMDD)"), grouped.toString());
        assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
    }

    @Test
    void strictFailsWhenASeedHadAProblemAndNamesTheFiles(@TempDir Path tmp) {
        int code = run("build", "--strict", "--seeds", Fixtures.KB.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(ExitCode.FAILED, code);
        assertTrue(err.toString().contains("foresite: --strict: 10 warnings in 4 files: drone-delivery.md, edge-cases.md, empty.md, untitled.md"),
                err.toString());
    }

    @Test
    void strictPassesOnCleanSeeds(@TempDir Path tmp) throws IOException {
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        Files.copy(Fixtures.KB.resolve("urban-heat.md"), seeds.resolve("urban-heat.md"));
        assertEquals(ExitCode.OK, run("build", "--strict", "--verbose", "--seeds", seeds.toString(), "--out",
                tmp.resolve("site").toString()), err.toString());
    }

    @Test
    void usageErrorsAreOneLineWithAHint() {
        assertEquals(ExitCode.USAGE, run("build", "--no-such-option"));
        assertEquals("foresite: Unknown option: '--no-such-option' (try 'foresite build --help')", err.toString().strip());
    }

    @Test
    void aMissingSeedsFolderIsAOneLineError(@TempDir Path tmp) {
        assertEquals(ExitCode.FAILED, run("build", "--seeds", tmp.resolve("nope").toString(), "--out", tmp.resolve("site").toString()));
        assertEquals("foresite: error: the seeds folder " + tmp.resolve("nope") + " does not exist", err.toString().strip());
    }

    @Test
    void rejectsARelativeBaseUrl(@TempDir Path tmp) {
        assertEquals(ExitCode.USAGE, run("build", "--base-url", "kb/", "--seeds", Fixtures.KB.toString(), "--out",
                tmp.resolve("site").toString()));
        assertTrue(err.toString().startsWith("foresite: --base-url must be an absolute http(s) URL"), err.toString());
    }

    @Test
    void baseUrlGivesCanonicalLinks(@TempDir Path tmp) throws IOException {
        assertEquals(ExitCode.OK, run("build", "--base-url", "https://user.github.io/kb", "--seeds", Fixtures.KB.toString(),
                "--out", tmp.resolve("site").toString()));
        assertTrue(Files.readString(tmp.resolve("site/articles/urban-heat.html"))
                .contains("<link rel=\"canonical\" href=\"https://user.github.io/kb/articles/urban-heat.html\">"));
        assertTrue(Files.readString(tmp.resolve("site/themes/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://user.github.io/kb/themes/\">"));
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite(@TempDir Path tmp) throws IOException {
        Path precious = tmp.resolve("documents");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "years of work");
        assertEquals(ExitCode.FAILED, run("build", "--seeds", Fixtures.KB.toString(), "--out", precious.toString()));
        assertTrue(err.toString().contains("it is not empty and was not written by Foresite"), err.toString());
        assertEquals("years of work", Files.readString(precious.resolve("thesis.txt")));
        assertEquals(ExitCode.FAILED, run("build", "--seeds", Fixtures.KB.toString(), "--out", Fixtures.KB.resolve("site").toString()));
        assertTrue(err.toString().contains("it overlaps the input folder"), err.toString());
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        assertEquals(ExitCode.OK, run("--help"));
        assertTrue(out.toString().contains("build"), out.toString());
        assertEquals(ExitCode.OK, run("build", "--help"));
        assertTrue(out.toString().contains("--base-url=URL"), out.toString());
        assertEquals(ExitCode.OK, run("--version"));
        assertEquals(ExitCode.OK, run("build", "--version"));
        assertTrue(out.toString().contains("foresite 0.1.0"), out.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(ExitCode.USAGE, run());
        assertEquals("foresite: a command is required (try 'foresite --help')", err.toString().strip());
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteIntact(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        assertEquals(ExitCode.OK, run("build", "--seeds", Fixtures.KB.toString(), "--out", site.toString()));
        String before = Files.readString(site.resolve("articles/urban-heat.html"));
        Path broken = tmp.resolve("templates");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("article.peb"), "{% extends \"base.peb\" %}{% block content %}{{ article.nope }}{% endblock %}");
        assertEquals(ExitCode.FAILED, run("build", "--seeds", Fixtures.KB.toString(), "--templates", broken.toString(),
                "--out", site.toString()));
        assertTrue(err.toString().contains("foresite: error:"), err.toString());
        assertTrue(err.toString().contains("nope"), "the message names what the template got wrong: " + err);
        assertEquals(before, Files.readString(site.resolve("articles/urban-heat.html")));
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.notExists(tmp.resolve(".site.foresite-new")), "nothing half-written is left beside the site");
    }

    @Test
    void refusesAnOutputThatIsContainsOrIsInsideTheSeeds(@TempDir Path tmp) throws IOException {
        Path seeds = tmp.resolve("kb/seeds");
        Files.createDirectories(seeds);
        Files.copy(Fixtures.KB.resolve("urban-heat.md"), seeds.resolve("urban-heat.md"));
        for (Path out : List.of(seeds, tmp.resolve("kb"), seeds.resolve("site"))) {
            assertEquals(ExitCode.FAILED, run("build", "--seeds", seeds.toString(), "--out", out.toString()), out.toString());
        }
        assertTrue(err.toString().contains("it overlaps the input folder"), err.toString());
        assertEquals(List.of("urban-heat.md"), Files.list(seeds).map(p -> p.getFileName().toString()).toList(),
                "nothing was touched");
    }

    @Test
    void refusesTheRootAndTheHomeFolderAsOutput() {
        assertEquals(ExitCode.FAILED, run("build", "--seeds", Fixtures.KB.toString(), "--out", "/"));
        assertTrue(err.toString().contains("refusing to write the site to /"), err.toString());
        assertEquals(ExitCode.FAILED, run("build", "--seeds", Fixtures.KB.toString(), "--out", System.getProperty("user.home")));
        assertTrue(err.toString().contains("choose a dedicated --out folder"), err.toString());
    }
}

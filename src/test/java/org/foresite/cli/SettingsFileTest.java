package org.foresite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foresite.Fixtures;
import org.foresite.site.BuildOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** foresite.yml: what it sets, how options override it, and how its problems are reported. */
class SettingsFileTest {
    private static final String KNOWN = "(known: seeds, templates, out, title, base-url, cname)";

    @TempDir
    Path tmp;
    private Path kb;
    private Path config;
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    /** A knowledge base in its own folder, with a clean seed in a folder not named by any default. */
    @BeforeEach
    void knowledgeBase() throws IOException {
        kb = tmp.resolve("kb");
        Files.createDirectories(kb.resolve("articles"));
        Files.copy(Fixtures.KB.resolve("urban-heat.md"), kb.resolve("articles/urban-heat.md"));
        config = kb.resolve("foresite.yml");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private void settings(String yaml) throws IOException {
        Files.writeString(config, yaml);
    }

    @Test
    void everySettingComesFromTheFileWithPathsRelativeToIt() throws IOException {
        Files.createDirectories(kb.resolve("theme/assets"));
        Files.writeString(kb.resolve("theme/assets/banner.txt"), "from the theme folder");
        settings("""
                # The heat watch knowledge base
                seeds: articles
                templates: theme
                out: public
                title: "Heat Watch: cities and summers"
                base-url: https://heat.example.org/kb
                cname: Heat.Example.org
                """);
        assertEquals(ExitCode.OK, run("build", "--strict", "--config", config.toString()), err.toString());
        Path site = kb.resolve("public");
        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("<title>Heat Watch: cities and summers</title>"), index);
        assertTrue(Files.readString(site.resolve("articles/urban-heat.html"))
                .contains("<link rel=\"canonical\" href=\"https://heat.example.org/kb/articles/urban-heat.html\">"));
        assertEquals("heat.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals("from the theme folder", Files.readString(site.resolve("assets/banner.txt")));
        assertTrue(out.toString().startsWith("Built 1 article"), out.toString());

        // check finds the site through the same file.
        assertEquals(ExitCode.OK, run("check", "--config", config.toString()), out.toString());
        assertTrue(out.toString().contains("Checked " + site + ": no problems"), out.toString());
    }

    @Test
    void optionsOverrideTheFile() throws IOException {
        settings("""
                seeds: articles
                out: public
                title: From the file
                cname: file.example.org
                """);
        Path elsewhere = tmp.resolve("elsewhere");
        assertEquals(ExitCode.OK, run("build", "--config", config.toString(), "--out", elsewhere.toString(),
                "--title", "From the option", "--cname", "option.example.org"), err.toString());
        String index = Files.readString(elsewhere.resolve("index.html"));
        assertTrue(index.contains("<title>From the option</title>"), index);
        assertFalse(index.contains("From the file"), index);
        assertEquals("option.example.org\n", Files.readString(elsewhere.resolve("CNAME")));
        assertTrue(Files.notExists(kb.resolve("public")), "the file's out folder was not used");
    }

    @Test
    void anEmptyFileLeavesTheDefaultsRelativeToItsFolder() throws IOException {
        settings("# nothing set yet\n");
        Files.move(kb.resolve("articles"), kb.resolve("seeds"));
        assertEquals(ExitCode.OK, run("build", "--config", config.toString()), err.toString());
        assertTrue(Files.readString(kb.resolve("site/index.html"))
                .contains("<title>" + BuildOptions.DEFAULT_SITE_NAME + "</title>"));
        assertTrue(Files.notExists(kb.resolve("site/CNAME")));
    }

    @Test
    void withoutAFileTheDefaultsApply() throws IOException {
        assertTrue(Files.notExists(Path.of(SettingsFile.NAME)), "this test needs a working folder without " + SettingsFile.NAME);
        Path site = tmp.resolve("site");
        assertEquals(ExitCode.OK, run("build", "--seeds", kb.resolve("articles").toString(), "--out", site.toString()),
                err.toString());
        assertTrue(Files.readString(site.resolve("index.html")).contains("<title>" + BuildOptions.DEFAULT_SITE_NAME + "</title>"));
        assertTrue(Files.notExists(site.resolve("CNAME")));
    }

    @Test
    void anUnknownSettingNamesFileAndLineAndBuildsNothing() throws IOException {
        settings("""
                seeds: articles
                out: public

                titel: Heat Watch
                """);
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().startsWith("foresite: " + config + ":4: unknown setting 'titel' " + KNOWN), err.toString());
        assertTrue(Files.notExists(kb.resolve("public")));
        assertEquals(ExitCode.USAGE, run("serve", "--config", config.toString()), "serve reads the same file");
        assertEquals(ExitCode.USAGE, run("check", "--config", config.toString()), "check reads the same file");
    }

    @Test
    void aValueOfTheWrongTypeNamesFileAndLine() throws IOException {
        settings("""
                seeds: articles
                title:
                  - Heat
                  - Watch
                """);
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().startsWith("foresite: " + config + ":2: 'title' must be text, found a list"), err.toString());

        settings("out:\n  folder: public\n");
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().contains(config + ":1: 'out' must be a folder, found nested settings"), err.toString());

        settings("seeds: articles\ncname:\n");
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().contains(config + ":2: 'cname' must be a domain name, found no value"), err.toString());
    }

    @Test
    void invalidYamlGivesTheParsersMessageWithFileAndLine() throws IOException {
        settings("""
                seeds: articles
                title: "Heat Watch
                out: public
                """);
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().startsWith("foresite: " + config
                + ":2: invalid YAML: while scanning a quoted scalar, found unexpected end of stream"), err.toString());

        settings("- seeds\n- out\n");
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().contains(config + ":1: expected settings as 'key: value' lines, found a list"), err.toString());
    }

    @Test
    void aSettingGivenTwiceIsAnError() throws IOException {
        settings("title: One\nseeds: articles\ntitle: Two\n");
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().startsWith("foresite: " + config + ":3: 'title' is set twice (first on line 1)"), err.toString());
    }

    @Test
    void baseUrlAndCnameFromTheFileAreValidatedWithFileAndLine() throws IOException {
        settings("seeds: articles\nout: public\nbase-url: kb/\n");
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().startsWith("foresite: " + config + ":3: base-url must be an absolute http(s) URL, got 'kb/'"),
                err.toString());

        settings("seeds: articles\nout: public\ncname: not a domain\n");
        assertEquals(ExitCode.USAGE, run("build", "--config", config.toString()));
        assertTrue(err.toString().contains(config + ":3: cname must be a domain name, got 'not a domain'"), err.toString());

        // The option overrides the file's value, so the file's bad value is never used.
        assertEquals(ExitCode.OK, run("build", "--config", config.toString(), "--cname", "heat.example.org"), err.toString());
        assertEquals("heat.example.org\n", Files.readString(kb.resolve("public/CNAME")));
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("build", "--config", tmp.resolve("nope.yml").toString()));
        assertEquals("foresite: --config: there is no settings file " + tmp.resolve("nope.yml") + " (try 'foresite build --help')",
                err.toString().strip());
    }

    @Test
    void helpSaysWhatTheDefaultsAre() {
        assertEquals(ExitCode.OK, run("build", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("Default: the settings file's seeds, else seeds"), help);
        assertTrue(help.contains("Default: the settings file's out, else site"), help);
        assertTrue(help.contains("Default: the settings file's title, else " + BuildOptions.DEFAULT_SITE_NAME), help);
        assertTrue(help.contains("Default: foresite.yml in the working folder"), help);
    }
}

package org.foresite.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foresite.BuiltSites;
import org.foresite.Fixtures;
import org.foresite.RealCorpus;
import org.foresite.cli.ExitCode;
import org.foresite.cli.Foresite;
import org.foresite.site.BuildOptions;
import org.foresite.site.Builds;
import org.foresite.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SiteCheckerTest {
    static final String BASE = "https://user.github.io/kb/";

    private static int check(Path site, StringWriter out) {
        CommandLine cli = Foresite.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute("check", "--site", site.toString());
    }

    @Test
    void passesOnAFreshBuild(@TempDir Path tmp) {
        new SiteBuilder().build(new BuildOptions(Fixtures.KB, Builds.TEMPLATES, tmp.resolve("site"), BASE, "KB"));
        StringWriter out = new StringWriter();
        assertEquals(ExitCode.OK, check(tmp.resolve("site"), out), out.toString());
        assertEquals("Checked " + tmp.resolve("site") + ": no problems", out.toString().strip());
    }

    @Test
    void passesOnTheRealCorpus() {
        RealCorpus.assumePresent();
        assertEquals(List.of(), new SiteChecker(BuiltSites.real().site()).check(null));
    }

    @Test
    void failsOnADeliberatelyBrokenSiteAndNamesEachProblem(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        new SiteBuilder().build(new BuildOptions(Fixtures.KB, Builds.TEMPLATES, site, BASE, "KB"));
        Files.delete(site.resolve("themes/energy.html"));
        Files.delete(site.resolve("assets/style.css"));
        Files.writeString(site.resolve("articles/lonely.html"), "<!DOCTYPE html><title>x</title><a href=\"../index.html#nowhere\">x</a>");
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        Files.writeString(site.resolve("sitemap.xml"), sitemap.replace("<loc>" + BASE + "search.html</loc>",
                "<loc>https://elsewhere.example/search.html</loc>"));
        Files.writeString(site.resolve("feed.xml"), "<feed><unclosed>");

        StringWriter out = new StringWriter();
        assertEquals(ExitCode.FAILED, check(site, out));
        String report = out.toString();
        assertTrue(report.contains("articles/energy-review.html: <a href=\"../themes/energy.html\">: no such file themes/energy.html"), report);
        assertTrue(report.contains("index.html: <link href=\"assets/style.css\">: no such file assets/style.css"), report);
        assertTrue(report.contains("articles/lonely.html: <a href=\"../index.html#nowhere\">: no element with id 'nowhere' in index.html"), report);
        assertTrue(report.contains("articles/lonely.html: orphan: no link leads here from the home page"), report);
        assertTrue(report.contains("sitemap.xml: https://elsewhere.example/search.html: not under the base URL " + BASE), report);
        assertTrue(report.contains("feed.xml: does not parse as XML"), report);
        assertTrue(report.strip().endsWith("problems"), report);
    }
}

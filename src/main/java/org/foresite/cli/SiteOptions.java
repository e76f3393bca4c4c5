package org.foresite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options build and serve share: the settings file, the folders a site is made from and into, and its title.
 * None has a picocli default: {@link Settings#resolve} decides between the option, the settings file and the default.
 */
final class SiteOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file; options given here override it. Default: " + SettingsFile.NAME
                    + " in the working folder, when there is one.")
    Path config;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Folder of seed articles (.md, .txt). Default: the settings file's seeds, else "
                    + Settings.DEFAULT_SEEDS)
    Path seeds;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Folder of Pebble templates overriding the built-in ones file by file. Default: the settings "
                    + "file's templates, else " + Settings.DEFAULT_TEMPLATES)
    Path templates;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder, replaced when the build succeeds. Default: the settings file's out, else "
                    + Settings.DEFAULT_OUT)
    Path out;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Site name shown in every page header. Default: the settings file's title, else "
                    + Settings.DEFAULT_TITLE)
    String title;

    /** These options with the given base URL and custom domain (null where the command has no such option). */
    Settings.Given given(String baseUrl, String cname) {
        return new Settings.Given(config, seeds, templates, out, title, baseUrl, cname);
    }
}

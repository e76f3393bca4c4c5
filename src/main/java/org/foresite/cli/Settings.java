package org.foresite.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.foresite.cli.SettingsFile.Key;
import org.foresite.site.BuildOptions;
import picocli.CommandLine;

/**
 * The settings a command runs with. Each one comes from its command-line option when the user gave it, else from
 * the settings file, else from its default, and {@link #resolve} is the only place that order is decided, for
 * build, serve and check alike. This is why those options have no picocli default values: a default would hide
 * whether the user gave the option.
 *
 * @param seeds     the folder of seed articles
 * @param templates the folder of the user's templates
 * @param out       the output folder (the site {@code check} reads)
 * @param title     the site name
 * @param baseUrl   the absolute http(s) URL the site is published at, ending in '/', or null
 * @param cname     the custom domain, lowercase, or null
 */
record Settings(Path seeds, Path templates, Path out, String title, String baseUrl, String cname) {
    static final String DEFAULT_SEEDS = "seeds";
    static final String DEFAULT_TEMPLATES = "templates";
    static final String DEFAULT_OUT = "site";
    static final String DEFAULT_TITLE = BuildOptions.DEFAULT_SITE_NAME;

    /** The options as given on the command line: null where one was not given or the command has no such option. */
    record Given(Path config, Path seeds, Path templates, Path out, String title, String baseUrl, String cname) {
    }

    /** A value and where it came from, as a problem with it names it: {@code --cname} or {@code foresite.yml:5: cname}. */
    private record Sourced(String text, String where) {
    }

    /**
     * Merges the command line, the settings file and the defaults. Paths in the file are relative to the folder that
     * holds it, and so are the default paths when a file is used: the file marks the knowledge base's root.
     *
     * @throws CommandLine.ParameterException for a settings file that cannot be used or a value that is not valid,
     *                                        naming the option or the file and line
     */
    static Settings resolve(CommandLine cmd, Given given) {
        SettingsFile file;
        try {
            file = SettingsFile.find(given.config());
        } catch (SettingsFile.Invalid e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
        return new Settings(
                path(cmd, given.seeds(), file, Key.SEEDS, DEFAULT_SEEDS),
                path(cmd, given.templates(), file, Key.TEMPLATES, DEFAULT_TEMPLATES),
                path(cmd, given.out(), file, Key.OUT, DEFAULT_OUT),
                chosen(given.title(), "--title", file, Key.TITLE).map(Sourced::text).orElse(DEFAULT_TITLE),
                chosen(given.baseUrl(), "--base-url", file, Key.BASE_URL).map(v -> baseUrl(cmd, v)).orElse(null),
                chosen(given.cname(), "--cname", file, Key.CNAME).map(v -> domain(cmd, v)).orElse(null));
    }

    /** What a build with these settings reads and writes. */
    BuildOptions buildOptions() {
        return new BuildOptions(seeds, templates, out, baseUrl, title, cname);
    }

    private static Optional<Sourced> chosen(String option, String optionName, SettingsFile file, Key key) {
        if (option != null) {
            return Optional.of(new Sourced(option, optionName));
        }
        return file.get(key).map(entry -> new Sourced(entry.text(), file.where(key)));
    }

    private static Path path(CommandLine cmd, Path option, SettingsFile file, Key key, String fallback) {
        if (option != null) {
            return option;
        }
        Optional<SettingsFile.Entry> entry = file.get(key);
        try {
            return file.folder().resolve(entry.map(SettingsFile.Entry::text).orElse(fallback));
        } catch (InvalidPathException e) {
            throw new CommandLine.ParameterException(cmd, file.where(key) + " is not a valid path: " + e.getMessage());
        }
    }

    /** The URL with a trailing '/', or null for an empty value (on the command line, it unsets the file's). */
    private static String baseUrl(CommandLine cmd, Sourced value) {
        if (value.text().isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.text().strip());
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new CommandLine.ParameterException(cmd,
                        value.where() + " must be an absolute http(s) URL, got '" + value.text() + "'");
            }
            String s = uri.toString();
            return s.endsWith("/") ? s : s + "/";
        } catch (URISyntaxException e) {
            throw new CommandLine.ParameterException(cmd, value.where() + " is not a valid URL: '" + value.text() + "'");
        }
    }

    private static String domain(CommandLine cmd, Sourced value) {
        String d = value.text().strip().toLowerCase(Locale.ROOT);
        if (!d.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+")) {
            throw new CommandLine.ParameterException(cmd, value.where() + " must be a domain name, got '" + value.text() + "'");
        }
        return d;
    }
}

package org.foresite.site;

import java.nio.file.Path;

/**
 * What a build reads and writes.
 *
 * @param seeds     the folder of seed articles
 * @param templates the user's templates folder; missing is fine, the defaults in the jar are used
 * @param out       the output folder, replaced as a whole when the build succeeds
 * @param baseUrl   the absolute URL the site is published at, ending in '/', or null when unknown
 * @param siteName  the name shown in every page header
 * @param cname     the custom domain GitHub Pages serves the site at, or null
 */
public record BuildOptions(Path seeds, Path templates, Path out, String baseUrl, String siteName, String cname) {
    public static final String DEFAULT_SITE_NAME = "Foresight knowledge base";

    public BuildOptions(Path seeds, Path templates, Path out, String baseUrl, String siteName) {
        this(seeds, templates, out, baseUrl, siteName, null);
    }
}

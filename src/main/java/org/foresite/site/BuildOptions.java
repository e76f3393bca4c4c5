package org.foresite.site;

import java.nio.file.Path;
import org.foresite.link.PageSizes;

/**
 * What a build reads and writes.
 *
 * @param seeds     the folder of seed articles
 * @param templates the user's templates folder; missing is fine, the defaults in the jar are used
 * @param out       the output folder
 * @param baseUrl   the absolute URL the site is published at, ending in '/', or null when unknown
 * @param siteName  the name shown in every page header
 * @param cname     the custom domain GitHub Pages serves the site at, or null
 * @param pageSizes how much one page of a paged list shows
 */
public record BuildOptions(Path seeds, Path templates, Path out, String baseUrl, String siteName, String cname,
        PageSizes pageSizes) {
    public static final String DEFAULT_SITE_NAME = "Foresight knowledge base";

    public BuildOptions(Path seeds, Path templates, Path out, String baseUrl, String siteName) {
        this(seeds, templates, out, baseUrl, siteName, null);
    }

    public BuildOptions(Path seeds, Path templates, Path out, String baseUrl, String siteName, String cname) {
        this(seeds, templates, out, baseUrl, siteName, cname, PageSizes.DEFAULT);
    }

    /** The same options with other page sizes. */
    public BuildOptions withPageSizes(PageSizes sizes) {
        return new BuildOptions(seeds, templates, out, baseUrl, siteName, cname, sizes);
    }
}

package org.foresite.site;

import java.nio.file.Path;
import org.foresite.Fixtures;
import org.foresite.link.PageSizes;

/** Builds a site for tests with the repository's own templates folder. */
public final class Builds {
    public static final Path TEMPLATES = Path.of("templates");
    /**
     * Page sizes small enough that the fixture knowledge base has every paged layout: the article list, a theme's
     * and a keyword's articles, the A–Z lists (one letter split over two pages) and a year of the timeline.
     */
    public static final PageSizes SMALL_PAGES = new PageSizes(2, 8, 3, 50);

    private Builds() {
    }

    public static BuildReport build(Path seeds, Path out) {
        return new SiteBuilder().build(new BuildOptions(seeds, TEMPLATES, out, null, BuildOptions.DEFAULT_SITE_NAME));
    }

    /** The fixture knowledge base, with {@link #SMALL_PAGES}. */
    public static BuildReport fixtures(Path out) {
        return new SiteBuilder().build(new BuildOptions(Fixtures.KB, TEMPLATES, out, null, BuildOptions.DEFAULT_SITE_NAME)
                .withPageSizes(SMALL_PAGES));
    }
}

package org.foresite.site;

import java.nio.file.Path;

/** Builds a site for tests with the repository's own templates folder. */
public final class Builds {
    public static final Path TEMPLATES = Path.of("templates");

    private Builds() {
    }

    public static BuildReport build(Path seeds, Path out) {
        return new SiteBuilder().build(new BuildOptions(seeds, TEMPLATES, out, null, BuildOptions.DEFAULT_SITE_NAME));
    }
}

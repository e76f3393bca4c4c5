package org.foresite.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foresite.link.Fingerprint;

/**
 * Everything besides the seeds and templates that shapes every page: the generator itself and the build settings.
 * Templates are not in it: each page's record names the templates it was rendered with.
 */
final class BuildStamp {
    /** Computed once: the code running in this process cannot change while it runs. */
    private static final String GENERATOR = identify();

    private BuildStamp() {
    }

    /** The generator's identity: what the seed store is written for. */
    static String generatorIdentity() {
        return GENERATOR;
    }

    static String of(BuildOptions options) {
        StringBuilder s = new StringBuilder();
        s.append("generator ").append(GENERATOR).append('\n');
        s.append("base ").append(options.baseUrl()).append('\n');
        s.append("title ").append(options.siteName()).append('\n');
        s.append("cname ").append(options.cname()).append('\n');
        s.append("page sizes ").append(options.pageSizes()).append('\n');
        return Fingerprint.of(s).hex();
    }

    /**
     * The generator's version and, for a jar, the hash of its bytes: a jar built from other sources of the same
     * version (as in development) must not trust pages rendered by the old one, while the same sources built again
     * (as CI does on every run; the jar is reproducible) may.
     */
    private static String identify() {
        String version = "unknown";
        try (InputStream in = BuildStamp.class.getResourceAsStream("/foresite/version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                version = p.getProperty("version", version);
            }
        } catch (IOException e) {
            // The version only sharpens the stamp; the jar's identity below still applies.
        }
        try {
            Path code = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + " " + Fingerprint.of(Files.readAllBytes(code)).hex();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // No code source (an unusual class loader): the version alone identifies the generator.
        }
        return version;
    }
}

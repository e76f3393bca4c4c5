package org.foresite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads what Maven stamped into the jar: the version, and the repository releases come from. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        return stamp().getProperty("version", "unknown");
    }

    /** The GitHub repository (owner/name) Foresite is released from, whose action new knowledge bases use. */
    public static String repository() {
        return stamp().getProperty("repository", "unknown");
    }

    private static Properties stamp() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/foresite/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable stamp leaves every property unknown.
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"foresite " + version(), "Java " + System.getProperty("java.version")};
    }
}

package org.foresite.diag;

/**
 * How serious a problem with a seed is.
 * A WARNING means the seed could not be read exactly as written (something was guessed, padded or
 * skipped); {@code --strict} fails on it. A NOTE is a harmless normalisation worth knowing about.
 */
public enum Severity {
    NOTE, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

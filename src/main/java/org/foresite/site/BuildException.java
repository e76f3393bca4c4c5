package org.foresite.site;

/** A problem that stops the build (as opposed to a problem with one seed, which is a diagnostic). */
public final class BuildException extends RuntimeException {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}

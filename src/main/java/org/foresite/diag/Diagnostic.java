package org.foresite.diag;

import java.util.Comparator;

/**
 * One problem found in the input.
 *
 * @param file     the seed file (relative to the seeds folder), or empty for build-wide problems
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param severity how serious it is
 * @param message  what was wrong and what the build did about it
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic warning(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    public static Diagnostic note(String file, int line, String message) {
        return new Diagnostic(file, line, Severity.NOTE, message);
    }

    /** {@code file:line: warning: message}, the shape editors and CI logs can jump to. */
    public String format() {
        String where = file.isEmpty() ? "" : (line > 0 ? file + ":" + line + ": " : file + ": ");
        return where + severity.label() + ": " + message;
    }
}

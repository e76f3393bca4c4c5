package org.foresite.cli;

/** Exit codes of every command. */
public final class ExitCode {
    public static final int OK = 0;
    /** The build (or check) failed, or {@code --strict} found a problem in a seed. */
    public static final int FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}

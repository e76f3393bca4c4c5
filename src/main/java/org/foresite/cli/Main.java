package org.foresite.cli;

/** The only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Foresite.commandLine().execute(args));
    }
}

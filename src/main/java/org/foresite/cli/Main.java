package org.foresite.cli;

/** The only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    static final String OUT_OF_MEMORY = "foresite: error: out of memory; give Java a larger heap, for example "
            + "'java -Xmx2g -jar target/foresite.jar ...'";

    public static void main(String[] args) {
        // Running out of memory in a worker thread would otherwise leave the build waiting forever for its result.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                outOfMemory();
            }
            e.printStackTrace();
        });
        try {
            System.exit(Foresite.commandLine().execute(args));
        } catch (OutOfMemoryError e) {
            outOfMemory();
        }
    }

    private static void outOfMemory() {
        System.err.println(OUT_OF_MEMORY);
        System.err.flush();
        Runtime.getRuntime().halt(ExitCode.FAILED);
    }
}

package org.foresite.site;

import java.util.Map;
import org.foresite.link.Fingerprint;

/**
 * Where each file of a build is decided: kept as the last build left it, or written; and what the build cache
 * records of it. Pages, data files and streamed downloads all go through here, so the rule is written once.
 */
final class FilePlacer {
    private final BuildCache previous;
    private final OutputFolder output;
    private final OutputFolder.Update update;
    private final Map<String, BuildCache.Entry> entries;

    /** {@code entries} receives, per file placed, its fingerprint (and, for a kept file, its recorded state). */
    FilePlacer(BuildCache previous, OutputFolder output, OutputFolder.Update update, Map<String, BuildCache.Entry> entries) {
        this.previous = previous;
        this.output = output;
        this.update = update;
        this.entries = entries;
    }

    /** Whether the live file is still as the last build left it. */
    boolean intact(String path) {
        return previous.holds(path, null, output);
    }

    /** Keeps a file the last build left (and that is {@link #intact}) as it is. */
    void keep(String path) {
        update.keep(path);
        entries.put(path, previous.entry(path));
    }

    /** A file with these bytes: kept when the last build left exactly them, else written. */
    void place(String path, byte[] bytes) {
        place(path, bytes, Fingerprint.of(bytes));
    }

    /** As {@link #place(String, byte[])}, with the fingerprint of the bytes already made. */
    void place(String path, byte[] bytes, Fingerprint fingerprint) {
        if (previous.holds(path, fingerprint, output)) {
            keep(path);
        } else {
            update.put(path, bytes);
            entries.put(path, new BuildCache.Entry(fingerprint, -1, -1));
        }
    }

    /** A file too big to hold in memory, streamed to disk; the new copy is dropped when it is the live one. */
    void stream(String path, OutputFolder.Body body) {
        boolean[] held = new boolean[1];
        Fingerprint fingerprint = update.stream(path, body, f -> held[0] = previous.holds(path, f, output));
        entries.put(path, held[0] ? previous.entry(path) : new BuildCache.Entry(fingerprint, -1, -1));
    }
}

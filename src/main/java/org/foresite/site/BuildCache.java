package org.foresite.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * What the last build produced: for every file of the site, the fingerprint of what it was made from (a page's
 * template and view, another file's bytes) and the size and modification time it had on disk, and a snapshot of
 * how articles and terms were linked ({@link Changes}). A rebuild whose fingerprint and file state match leaves
 * the file alone without rendering it; the snapshot tells which pages need not even be described. The cache is only trusted for the
 * same generator and the same settings (templates, base URL, title, domain): any difference starts afresh.
 */
final class BuildCache {
    private static final String MAGIC = "foresite-build-cache 2";

    record Entry(Fingerprint fingerprint, long size, long modified) {
        boolean describes(OutputFolder.OutputState state) {
            return state != null && state.size() == size && state.modified() == modified;
        }
    }

    private final String stamp;
    private final Map<String, Entry> entries;
    private final Changes.Snapshot snapshot;

    /** {@code snapshot} describes how the build's articles and terms were linked, or is null. */
    BuildCache(String stamp, Map<String, Entry> entries, Changes.Snapshot snapshot) {
        this.stamp = stamp;
        this.entries = entries;
        this.snapshot = snapshot;
    }

    static BuildCache empty(String stamp) {
        return new BuildCache(stamp, new HashMap<>(), null);
    }

    Changes.Snapshot snapshot() {
        return snapshot;
    }

    String stamp() {
        return stamp;
    }

    Entry entry(String path) {
        return entries.get(path);
    }

    /**
     * Whether the live file at {@code path} is still what the last build wrote there, made from inputs with this
     * {@code fingerprint} (null: whatever they were).
     */
    boolean holds(String path, Fingerprint fingerprint, OutputFolder output) {
        Entry last = entries.get(path);
        return last != null && (fingerprint == null || last.fingerprint().equals(fingerprint))
                && last.describes(output.state(path));
    }

    Map<String, Entry> entries() {
        return entries;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The cache in {@code file}, or an empty one when it is missing, unreadable or for other settings. */
    static BuildCache read(Path file, String stamp) {
        if (!Files.isRegularFile(file)) {
            return empty(stamp);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(stamp)) {
                return empty(stamp);
            }
            int n = in.readInt();
            Map<String, Entry> entries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                entries.put(path, new Entry(new Fingerprint(in.readLong(), in.readLong()), in.readLong(), in.readLong()));
            }
            Changes.Snapshot snapshot = null;
            if (in.readBoolean()) {
                Map<String, String> digests = new HashMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                    digests.put(in.readUTF(), in.readUTF());
                }
                Map<String, Fingerprint> links = readFingerprints(in);
                Map<String, Fingerprint> terms = readFingerprints(in);
                snapshot = new Changes.Snapshot(digests, links, terms, new Fingerprint(in.readLong(), in.readLong()),
                        new Fingerprint(in.readLong(), in.readLong()));
            }
            return new BuildCache(stamp, entries, snapshot);
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs a full build.
            return empty(stamp);
        }
    }

    /** Writes the cache (to a temporary file renamed into place, so a crash never leaves half a cache). */
    void write(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeUTF(stamp);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().fingerprint().high());
                out.writeLong(e.getValue().fingerprint().low());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
            }
            out.writeBoolean(snapshot != null);
            if (snapshot != null) {
                out.writeInt(snapshot.digests().size());
                for (Map.Entry<String, String> e : snapshot.digests().entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
                writeFingerprints(out, snapshot.links());
                writeFingerprints(out, snapshot.terms());
                for (Fingerprint f : new Fingerprint[] {snapshot.themeList(), snapshot.keywordList()}) {
                    out.writeLong(f.high());
                    out.writeLong(f.low());
                }
            }
        } catch (IOException e) {
            throw new BuildException("cannot write the build cache " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BuildException("cannot write the build cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Fingerprint> readFingerprints(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Fingerprint> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), new Fingerprint(in.readLong(), in.readLong()));
        }
        return map;
    }

    private static void writeFingerprints(DataOutputStream out, Map<String, Fingerprint> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Fingerprint> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue().high());
            out.writeLong(e.getValue().low());
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new BuildException("cannot remove the stale build cache " + file + ": " + e.getMessage(), e);
        }
    }
}

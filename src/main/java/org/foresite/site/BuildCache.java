package org.foresite.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foresite.link.Fingerprint;

/**
 * What the last build produced: for every file of the site, the fingerprint of its bytes and the size and
 * modification time it had on disk; for every page, what it was made from (its template's fingerprint and the
 * keys of everything it read, see {@link org.foresite.link.PageReads}); and the digest each key had. A rebuild
 * leaves a page alone, without rendering it, when its file is still as written, its template is the same and none
 * of its keys has a new digest. The cache is only trusted for the same generator and the same settings ({@link
 * BuildStamp}); any difference starts afresh.
 */
final class BuildCache {
    private static final String MAGIC = "foresite-build-cache 4";

    /** A file as written: the fingerprint of its bytes, and its size and modification time on disk (-1 before). */
    record Entry(Fingerprint fingerprint, long size, long modified) {
        boolean describes(OutputFolder.OutputState state) {
            return state != null && state.size() == size && state.modified() == modified;
        }
    }

    /** What a page was made from: its template (and that template's fingerprint) and the keys it read. */
    record PageRecord(String template, String templateFingerprint, List<String> keys) {
    }

    /** What a group of data files (the search index, the explorer's data…) was made from, and the files it made. */
    record UnitRecord(List<String> keys, List<String> files) {
    }

    private final String stamp;
    private final Map<String, Entry> entries;
    private final Map<String, PageRecord> pages;
    private final Map<String, UnitRecord> units;
    private final Map<String, String> digests;

    BuildCache(String stamp, Map<String, Entry> entries, Map<String, PageRecord> pages, Map<String, UnitRecord> units,
            Map<String, String> digests) {
        this.stamp = stamp;
        this.entries = entries;
        this.pages = pages;
        this.units = units;
        this.digests = digests;
    }

    static BuildCache empty(String stamp) {
        return new BuildCache(stamp, new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    UnitRecord unit(String name) {
        return units.get(name);
    }

    String stamp() {
        return stamp;
    }

    Entry entry(String path) {
        return entries.get(path);
    }

    PageRecord page(String path) {
        return pages.get(path);
    }

    /** The digest a key had in the last build, or null. */
    String digest(String key) {
        return digests.get(key);
    }

    /**
     * Whether the live file at {@code path} is still what the last build wrote there, with bytes of this
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
        try (DataInputStream in = BinaryFile.reader(file)) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(stamp)) {
                return empty(stamp);
            }
            int keyCount = in.readInt();
            List<String> keys = new ArrayList<>(keyCount);
            Map<String, String> digests = new HashMap<>(keyCount * 2);
            for (int i = 0; i < keyCount; i++) {
                String key = in.readUTF();
                keys.add(key);
                digests.put(key, in.readUTF());
            }
            int n = in.readInt();
            Map<String, Entry> entries = new HashMap<>(n * 2);
            Map<String, PageRecord> pages = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = in.readUTF();
                entries.put(path, new Entry(new Fingerprint(in.readLong(), in.readLong()), in.readLong(), in.readLong()));
                if (in.readBoolean()) {
                    String template = in.readUTF();
                    String templateFingerprint = in.readUTF();
                    String[] read = new String[in.readInt()];
                    for (int k = 0; k < read.length; k++) {
                        read[k] = keys.get(in.readInt());
                    }
                    pages.put(path, new PageRecord(template, templateFingerprint, List.of(read)));
                }
            }
            Map<String, UnitRecord> units = new HashMap<>();
            for (int u = in.readInt(); u > 0; u--) {
                String name = in.readUTF();
                List<String> read = new ArrayList<>();
                for (int k = in.readInt(); k > 0; k--) {
                    read.add(keys.get(in.readInt()));
                }
                List<String> files = new ArrayList<>();
                for (int f = in.readInt(); f > 0; f--) {
                    files.add(in.readUTF());
                }
                units.put(name, new UnitRecord(List.copyOf(read), List.copyOf(files)));
            }
            return new BuildCache(stamp, entries, pages, units, digests);
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs a full build.
            return empty(stamp);
        }
    }

    /** Writes the cache (to a temporary file renamed into place, so a crash never leaves half a cache). */
    void write(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = BinaryFile.writer(temporary)) {
            out.writeUTF(MAGIC);
            out.writeUTF(stamp);
            Map<String, Integer> ids = new HashMap<>();
            // Sorted for a file that is the same for the same build; an array sort of hundreds of thousands of keys
            // costs a fraction of filling a tree with them.
            String[] keys = digests.keySet().toArray(new String[0]);
            java.util.Arrays.parallelSort(keys);
            out.writeInt(keys.length);
            for (String key : keys) {
                ids.put(key, ids.size());
                out.writeUTF(key);
                out.writeUTF(digests.get(key));
            }
            out.writeInt(entries.size());
            String[] paths = entries.keySet().toArray(new String[0]);
            java.util.Arrays.parallelSort(paths);
            for (String path : paths) {
                Entry entry = entries.get(path);
                out.writeUTF(path);
                out.writeLong(entry.fingerprint().high());
                out.writeLong(entry.fingerprint().low());
                out.writeLong(entry.size());
                out.writeLong(entry.modified());
                PageRecord page = pages.get(path);
                out.writeBoolean(page != null);
                if (page != null) {
                    out.writeUTF(page.template());
                    out.writeUTF(page.templateFingerprint());
                    out.writeInt(page.keys().size());
                    for (String key : page.keys()) {
                        out.writeInt(ids.get(key));
                    }
                }
            }
            out.writeInt(units.size());
            for (Map.Entry<String, UnitRecord> e : new java.util.TreeMap<>(units).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().keys().size());
                for (String key : e.getValue().keys()) {
                    out.writeInt(ids.get(key));
                }
                out.writeInt(e.getValue().files().size());
                for (String f : e.getValue().files()) {
                    out.writeUTF(f);
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

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new BuildException("cannot remove the stale build cache " + file + ": " + e.getMessage(), e);
        }
    }
}

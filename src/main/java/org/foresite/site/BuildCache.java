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
    private static final String MAGIC = "foresite-build-cache 5";

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
            Keys keys = new Keys(in);
            BinaryFile.StringsIn names = new BinaryFile.StringsIn(in);
            int n = in.readInt();
            Map<String, Entry> entries = new HashMap<>(n * 2);
            Map<String, PageRecord> pages = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String path = names.read();
                entries.put(path, new Entry(new Fingerprint(in.readLong(), in.readLong()), in.readLong(), in.readLong()));
                if (in.readBoolean()) {
                    String template = names.read();
                    String templateFingerprint = names.read();
                    pages.put(path, new PageRecord(template, templateFingerprint, keys.list()));
                }
            }
            Map<String, UnitRecord> units = new HashMap<>();
            for (int u = in.readInt(); u > 0; u--) {
                String name = names.read();
                List<String> read = keys.list();
                List<String> files = new ArrayList<>();
                for (int f = in.readInt(); f > 0; f--) {
                    files.add(names.read());
                }
                units.put(name, new UnitRecord(read, List.copyOf(files)));
            }
            return new BuildCache(stamp, entries, pages, units, keys.digests);
        } catch (IOException | RuntimeException e) {
            // A damaged cache only costs a full build.
            return empty(stamp);
        }
    }

    /** Reads keys as {@link #write} writes them: a key's digest follows its first occurrence. */
    private static final class Keys {
        final DataInputStream in;
        final BinaryFile.StringsIn strings;
        final Map<String, String> digests = new HashMap<>();

        Keys(DataInputStream in) {
            this.in = in;
            this.strings = new BinaryFile.StringsIn(in);
        }

        List<String> list() throws IOException {
            String[] keys = new String[in.readInt()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = strings.read();
                if (strings.wasWhole()) {
                    digests.put(keys[k], strings.read());
                }
            }
            return List.of(keys);
        }
    }

    /**
     * Writes the cache (to a temporary file renamed into place, so a crash never leaves half a cache). Files are
     * written in path order, and each key where it is first read, with its digest: a table of keys written first
     * would have to be sorted to be the same for the same build, and that sort was a quarter of the writing.
     */
    void write(Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = BinaryFile.writer(temporary)) {
            out.writeUTF(MAGIC);
            out.writeUTF(stamp);
            // Keys in a table of their own: a key's digest follows its first occurrence, whatever else came before.
            BinaryFile.StringsOut keys = new BinaryFile.StringsOut(out);
            BinaryFile.StringsOut names = new BinaryFile.StringsOut(out);
            String[] paths = entries.keySet().toArray(new String[0]);
            java.util.Arrays.parallelSort(paths);
            out.writeInt(paths.length);
            for (String path : paths) {
                Entry entry = entries.get(path);
                names.write(path, false);
                out.writeLong(entry.fingerprint().high());
                out.writeLong(entry.fingerprint().low());
                out.writeLong(entry.size());
                out.writeLong(entry.modified());
                PageRecord page = pages.get(path);
                out.writeBoolean(page != null);
                if (page != null) {
                    names.write(page.template(), true);
                    names.write(page.templateFingerprint(), true);
                    writeKeys(page.keys(), keys, out);
                }
            }
            out.writeInt(units.size());
            for (Map.Entry<String, UnitRecord> e : new java.util.TreeMap<>(units).entrySet()) {
                names.write(e.getKey(), false);
                writeKeys(e.getValue().keys(), keys, out);
                out.writeInt(e.getValue().files().size());
                for (String f : e.getValue().files()) {
                    names.write(f, false);
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

    private void writeKeys(List<String> read, BinaryFile.StringsOut keys, DataOutputStream out) throws IOException {
        out.writeInt(read.size());
        for (String key : read) {
            if (keys.write(key, true)) {
                keys.write(digests.get(key), false);
            }
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

package org.foresite.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.foresite.link.Fingerprint;

/**
 * The site folder on disk, and the only place that writes to it.
 *
 * <p>A build never writes into the live site while it runs. New and changed files go to a pending folder beside
 * it; {@link Update#commit} then moves them in (one rename per file, so a reader never sees half a file) and
 * deletes what the build no longer produces. A build that fails before the commit leaves the site as it was.
 * Files whose bytes did not change are not touched at all: same inode, same modification time, so deploys and
 * browsers see them unchanged and a no-change rebuild writes nothing.
 */
public final class OutputFolder {
    /** Marks a folder as Foresite's own output, which a later build may replace. */
    static final String MARKER = ".foresite-site";
    private static final String MARKER_TEXT = "Written by Foresite; the next build replaces this folder.\n";

    private final Path out;

    OutputFolder(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Where this site's build cache lives: beside the site, so deploying the folder never ships it. */
    Path cacheFile() {
        return out.resolveSibling("." + out.getFileName() + ".foresite-cache");
    }

    /** Where the seeds as last parsed and analysed are kept ({@link SeedStore}), beside the build cache. */
    Path seedStoreFile() {
        return out.resolveSibling("." + out.getFileName() + ".foresite-seeds");
    }

    /** Refuses output folders whose replacement would destroy something that is not ours. */
    void checkSafe(Path seeds, Path templates) {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (out.getParent() == null || out.equals(home)) {
            throw new BuildException("refusing to write the site to " + out + ": choose a dedicated --out folder");
        }
        for (Path input : List.of(seeds, templates)) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(out) || out.startsWith(in)) {
                throw new BuildException("refusing to write the site to " + out + ": it overlaps the input folder " + in);
            }
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            throw new BuildException("refusing to replace " + out
                    + ": it is not empty and was not written by Foresite; remove it or choose another --out");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BuildException("refusing to replace " + out + ": it is a file, not a folder");
        }
    }

    /** Starts an update of the site; nothing visible changes before {@link Update#commit}. */
    Update begin() {
        Path pending = out.resolveSibling("." + out.getFileName() + ".foresite-new");
        try {
            deleteTree(pending);
            deleteTree(out.resolveSibling("." + out.getFileName() + ".foresite-old"));
            Files.createDirectories(pending);
            return new Update(pending, Files.isDirectory(out));
        } catch (IOException e) {
            throw new BuildException("cannot prepare " + pending + ": " + e.getMessage(), e);
        }
    }

    /** The size and modification time of a file of the live site, or null when it is not there. */
    OutputState state(String path) {
        try {
            BasicFileAttributes a = Files.readAttributes(out.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? new OutputState(a.size(), a.lastModifiedTime().toMillis()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** What a streamed file holds: written to the stream it is given. */
    interface Body {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** A file's size and modification time: what tells a build that the file it wrote is still there, as written. */
    record OutputState(long size, long modified) {
    }

    /** One build's changes to the site. Thread-safe for {@link #put} and {@link #keep}. */
    final class Update {
        private final Path pending;
        private final boolean live;
        private final Set<String> produced = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final List<String> changed = java.util.Collections.synchronizedList(new ArrayList<>());
        private final java.util.concurrent.atomic.AtomicLong bytesWritten = new java.util.concurrent.atomic.AtomicLong();
        /** Folders of the pending tree already made: every system call counts when thousands of files are written. */
        private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private Update(Path pending, boolean live) {
            this.pending = pending;
            this.live = live;
        }

        /** The file is part of the new site and its live copy is already right: leave it alone. */
        void keep(String path) {
            produced.add(path);
        }

        /** The file is part of the new site with these bytes; written unless the live copy holds exactly them. */
        void put(String path, byte[] bytes) {
            produced.add(path);
            Path current = out.resolve(path);
            if (live && sameBytes(current, bytes)) {
                return;
            }
            try {
                Path target = pending.resolve(path);
                if (!folders.contains(target.getParent())) {
                    Files.createDirectories(target.getParent());
                    folders.add(target.getParent());
                }
                Files.write(target, bytes);
            } catch (IOException e) {
                throw new BuildException("cannot write " + path + ": " + e.getMessage(), e);
            }
            changed.add(path);
            bytesWritten.addAndGet(bytes.length);
        }

        /**
         * Writes a file of the new site as a stream (a download too big to hold in memory); returns the fingerprint
         * of its bytes. When they turn out to be those of the live file (the cache says so through {@code
         * unchanged}, or the two files are equal), the new copy is dropped and the live one kept.
         */
        Fingerprint stream(String path, Body body, java.util.function.Predicate<Fingerprint> unchanged) {
            produced.add(path);
            Path target = pending.resolve(path);
            Fingerprint fingerprint;
            try {
                synchronized (folders) {
                    Files.createDirectories(target.getParent());
                    folders.add(target.getParent());
                }
                try (Fingerprint.Stream out = new Fingerprint.Stream(new java.io.BufferedOutputStream(
                        Files.newOutputStream(target), 1 << 16))) {
                    body.writeTo(out);
                    out.flush();
                    fingerprint = out.fingerprint();
                }
                Path current = out.resolve(path);
                if (live && (unchanged.test(fingerprint) || Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(current) == Files.size(target) && Files.mismatch(current, target) == -1)) {
                    Files.delete(target);
                    return fingerprint;
                }
            } catch (IOException e) {
                throw new BuildException("cannot write " + path + ": " + e.getMessage(), e);
            }
            changed.add(path);
            bytesWritten.addAndGet(target.toFile().length());
            return fingerprint;
        }

        int written() {
            return changed.size();
        }

        long bytesWritten() {
            return bytesWritten.get();
        }

        /**
         * Makes the new site live: moves the changed files in and deletes those not produced this time
         * ({@code previous} lists the files the last build produced, or is null to look at the folder itself).
         */
        void commit(Collection<String> previous) {
            try {
                if (!live) {
                    Files.writeString(pending.resolve(MARKER), MARKER_TEXT);
                    Files.createDirectories(out.getParent());
                    Files.move(pending, out, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
                List<String> ordered = new ArrayList<>(changed);
                ordered.sort(null);
                for (String path : ordered) {
                    Path target = out.resolve(path);
                    Files.createDirectories(target.getParent());
                    Files.move(pending.resolve(path), target, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
                Set<String> before = previous == null ? liveFiles() : new TreeSet<>(previous);
                Set<Path> emptied = new TreeSet<>();
                for (String path : before) {
                    if (!produced.contains(path) && !path.equals(MARKER)) {
                        Path gone = out.resolve(path);
                        if (Files.deleteIfExists(gone)) {
                            emptied.add(gone.getParent());
                        }
                    }
                }
                for (Path dir : emptied) {
                    removeEmptyUpTo(dir);
                }
                if (!Files.exists(out.resolve(MARKER))) {
                    Files.writeString(out.resolve(MARKER), MARKER_TEXT);
                }
                deleteTree(pending);
            } catch (IOException e) {
                throw new BuildException("cannot update the site in " + out + ": " + e.getMessage(), e);
            }
        }

        /** Throws away what this update wrote; the live site stays as it was. */
        void abandon() {
            try {
                deleteTree(pending);
            } catch (IOException e) {
                // The next build clears the pending folder before it starts.
            }
        }

        private Set<String> liveFiles() throws IOException {
            Set<String> files = new TreeSet<>();
            try (Stream<Path> walk = Files.walk(out)) {
                walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> files.add(out.relativize(p).toString().replace('\\', '/')));
            }
            return files;
        }

        private void removeEmptyUpTo(Path dir) throws IOException {
            for (Path d = dir; d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) {
                if (!isEmpty(d)) {
                    return;
                }
                Files.delete(d);
            }
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

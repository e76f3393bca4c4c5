package org.foresite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The files and pages of a built site, for tests. */
public final class SiteFiles {
    private final Path root;

    public SiteFiles(Path root) {
        this.root = root;
    }

    /** All files of the site by relative path, sorted. */
    public TreeMap<String, Path> files() {
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The bytes of every file of the site by relative path, sorted: for byte-for-byte comparisons. */
    public TreeMap<String, byte[]> contents() {
        TreeMap<String, byte[]> contents = new TreeMap<>();
        try {
            for (var e : files().entrySet()) {
                contents.put(e.getKey(), Files.readAllBytes(e.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    public List<String> pages() {
        return files().keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    public Document page(String path) {
        try {
            return Jsoup.parse(root.resolve(path).toFile(), StandardCharsets.UTF_8.name(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

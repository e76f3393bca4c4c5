package org.foresite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a built site the way a browser would: every page, every link and asset it refers to. */
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

    /** Every internal link or asset reference that does not resolve to a file (or an element id) of the site. */
    public List<String> brokenLinks() {
        List<String> broken = new ArrayList<>();
        for (String path : pages()) {
            Document doc = page(path);
            for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = problem(path, doc, target);
                if (problem != null) {
                    broken.add(path + ": " + target + " (" + problem + ")");
                }
            }
        }
        return broken;
    }

    /** The site-relative path an internal link on {@code fromPage} points to, or null for external links. */
    public static String resolve(String fromPage, String href) {
        if (href.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || href.startsWith("//")) {
            return null;
        }
        String noFragment = href.replaceAll("[#?].*$", "");
        if (noFragment.isEmpty()) {
            return fromPage;
        }
        Path base = Path.of(fromPage).getParent();
        Path resolved = (base == null ? Path.of(noFragment) : base.resolve(noFragment)).normalize();
        return resolved.toString().replace('\\', '/');
    }

    private String problem(String path, Document doc, String target) {
        if (target.isBlank()) {
            return "empty link";
        }
        String resolved = resolve(path, target);
        if (resolved == null) {
            return null;
        }
        if (resolved.startsWith("..")) {
            return "leaves the site";
        }
        if (target.startsWith("/")) {
            return "absolute path breaks under a project path";
        }
        Path file = root.resolve(resolved);
        if (!Files.isRegularFile(file)) {
            return "no such file";
        }
        int hash = target.indexOf('#');
        if (hash >= 0) {
            String id = target.substring(hash + 1);
            Document targetDoc = resolved.equals(path) ? doc : page(resolved);
            if (targetDoc.getElementById(id) == null) {
                return "no element with id " + id;
            }
        }
        return null;
    }
}

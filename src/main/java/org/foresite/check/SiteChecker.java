package org.foresite.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks a built site as a host would serve it: every internal link and asset of every page resolves (fragments
 * included), {@code sitemap.xml} and {@code feed.xml} parse and hold only absolute URLs under the base URL that
 * name files of the site, and every page is reachable from the home page.
 */
public final class SiteChecker {
    /** One problem, with the file it is in. */
    public record Problem(String file, String message) {
        public String format() {
            return file + ": " + message;
        }
    }

    private final Path root;
    private final Map<String, Document> pages = new HashMap<>();

    public SiteChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** All problems, sorted by file. {@code baseUrl} may be null: it is then read from robots.txt's Sitemap line. */
    public List<Problem> check(String baseUrl) {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            return List.of(new Problem(root.toString(), "no index.html: not a built site"));
        }
        List<Problem> problems = new ArrayList<>();
        TreeSet<String> html = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html")).forEach(html::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String page : html) {
            checkLinks(page, problems);
        }
        problems.addAll(orphans(html));
        String base = baseUrl != null ? baseUrl : baseFromRobots();
        for (String xml : List.of("sitemap.xml", "feed.xml")) {
            if (Files.isRegularFile(root.resolve(xml))) {
                problems.addAll(checkXml(xml, base));
            } else if (base != null) {
                problems.add(new Problem(xml, "missing, though the site has a base URL"));
            }
        }
        problems.sort((a, b) -> a.file().equals(b.file()) ? a.message().compareTo(b.message()) : a.file().compareTo(b.file()));
        return problems;
    }

    /** The site path a link on {@code page} points to, or null when it leaves the site (another scheme or host). */
    public static String resolve(String page, String href) {
        String h = href.strip();
        if (h.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || h.startsWith("//")) {
            return null;
        }
        String path = h.replaceAll("[#?].*$", "");
        if (path.isEmpty()) {
            return page;
        }
        if (path.startsWith("/")) {
            return "/" + path;
        }
        String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (dir + path).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return "..";
                }
                parts.removeLast();
            } else if (!part.equals(".")) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return joined.endsWith("/") || joined.isEmpty() ? joined + "index.html" : joined;
    }

    private void checkLinks(String page, List<Problem> problems) {
        Document doc = page(page);
        // Links on a page with a base element (the 404 page, served at any depth) resolve from the site root.
        Element base = doc.selectFirst("base[href]");
        for (Element e : doc.select("a[href], link[href], script[src], img[src], form[action], iframe[src], source[src]")) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
            String target = e.attr(attr);
            if (base != null && target.startsWith(base.attr("href"))) {
                target = target.substring(base.attr("href").length());
            }
            String problem = problem(base != null ? "index.html" : page, doc, target);
            if (problem != null) {
                problems.add(new Problem(page, "<" + e.tagName() + " " + attr + "=\"" + e.attr(attr) + "\">: " + problem));
            }
        }
    }

    private String problem(String page, Document doc, String target) {
        if (target.isBlank()) {
            return "empty link";
        }
        String resolved = resolve(page, target);
        if (resolved == null) {
            return null;
        }
        if (resolved.startsWith("/")) {
            return "root-relative link: breaks when the site is served under a project path";
        }
        if (resolved.startsWith("..")) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(root.resolve(resolved))) {
            return "no such file " + resolved;
        }
        int hash = target.indexOf('#');
        if (hash >= 0 && hash + 1 < target.length() && resolved.endsWith(".html")) {
            String id = target.substring(hash + 1);
            Document targetDoc = resolved.equals(page) ? doc : page(resolved);
            if (targetDoc.getElementById(id) == null) {
                return "no element with id '" + id + "' in " + resolved;
            }
        }
        return null;
    }

    /** Pages no chain of links (or search forms) leads to from the home page; the 404 page is exempt. */
    private List<Problem> orphans(Set<String> html) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        seen.add("index.html");
        while (!queue.isEmpty()) {
            String page = queue.poll();
            Document doc = page(page);
            if (!doc.select("base[href]").isEmpty()) {
                continue;
            }
            for (Element e : doc.select("a[href], form[action]")) {
                String target = resolve(page, e.hasAttr("href") ? e.attr("href") : e.attr("action"));
                if (target != null && target.endsWith(".html") && html.contains(target) && seen.add(target)) {
                    queue.add(target);
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String page : html) {
            if (!seen.contains(page) && !page.equals("404.html")) {
                problems.add(new Problem(page, "orphan: no link leads here from the home page"));
            }
        }
        return problems;
    }

    private List<Problem> checkXml(String name, String base) {
        List<Problem> problems = new ArrayList<>();
        org.w3c.dom.Document xml;
        try {
            xml = xmlParser().parse(root.resolve(name).toFile());
        } catch (SAXException | IOException e) {
            return List.of(new Problem(name, "does not parse as XML: " + e.getMessage()));
        }
        List<String> urls = new ArrayList<>();
        String root = xml.getDocumentElement().getLocalName();
        if (name.startsWith("sitemap") && !"urlset".equals(root) && !"sitemapindex".equals(root)) {
            return List.of(new Problem(name, "is not a sitemap"));
        }
        if ("urlset".equals(root) || "sitemapindex".equals(root)) {
            NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
            for (int i = 0; i < locs.getLength(); i++) {
                urls.add(locs.item(i).getTextContent().strip());
            }
            if (urls.isEmpty()) {
                problems.add(new Problem(name, "lists no URL"));
            }
            if ("sitemapindex".equals(root)) {
                // An index lists the sitemap files, whose URLs are checked in turn.
                for (String url : urls) {
                    if (urlProblem(url, base) == null && base != null && url.startsWith(base)) {
                        problems.addAll(checkXml(url.substring(base.length()), base));
                    }
                }
            }
        } else {
            String atom = "http://www.w3.org/2005/Atom";
            if (!"feed".equals(xml.getDocumentElement().getLocalName()) || !atom.equals(xml.getDocumentElement().getNamespaceURI())) {
                return List.of(new Problem(name, "is not an Atom feed"));
            }
            NodeList links = xml.getElementsByTagNameNS(atom, "link");
            for (int i = 0; i < links.getLength(); i++) {
                urls.add(((org.w3c.dom.Element) links.item(i)).getAttribute("href").strip());
            }
            NodeList ids = xml.getElementsByTagNameNS(atom, "id");
            for (int i = 0; i < ids.getLength(); i++) {
                urls.add(ids.item(i).getTextContent().strip());
            }
        }
        for (String url : urls) {
            String problem = urlProblem(url, base);
            if (problem != null) {
                problems.add(new Problem(name, url + ": " + problem));
            }
        }
        return problems;
    }

    private String urlProblem(String url, String base) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL";
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            return "not an absolute http(s) URL";
        }
        if (base == null) {
            return null;
        }
        if (!url.startsWith(base)) {
            return "not under the base URL " + base;
        }
        String path = url.substring(base.length());
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        return Files.isRegularFile(root.resolve(file)) ? null : "names no file of the site";
    }

    private String baseFromRobots() {
        Path robots = root.resolve("robots.txt");
        if (!Files.isRegularFile(robots)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(robots, StandardCharsets.UTF_8)) {
                if (line.regionMatches(true, 0, "Sitemap:", 0, 8)) {
                    String url = line.substring(8).strip();
                    return url.endsWith("sitemap.xml") ? url.substring(0, url.length() - "sitemap.xml".length()) : null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private Document page(String path) {
        return pages.computeIfAbsent(path, p -> {
            try {
                return Jsoup.parse(root.resolve(p).toFile(), StandardCharsets.UTF_8.name(), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static DocumentBuilder xmlParser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}

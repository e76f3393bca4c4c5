package org.foresite.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site on loopback only, for previewing. Requests that would leave the site folder ({@code ..},
 * encoded or not, symlinks pointing out) get 404. HTML pages get a small script that reloads them when the site
 * is rebuilt; the files on disk stay exactly what the build wrote.
 */
public final class PreviewServer implements AutoCloseable {
    static final String LIVE_PATH = "/__foresite/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));
    private static final String LIVE_SCRIPT = """
            (function () {
              var seen = null;
              function poll() {
                fetch('/__foresite/version', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (v) {
                  if (seen !== null && v !== seen) { location.reload(); return; }
                  seen = v;
                  setTimeout(poll, 300);
                }).catch(function () { setTimeout(poll, 1000); });
              }
              poll();
            })();
            """;

    private final Path site;
    private final HttpServer server;
    private final AtomicLong version = new AtomicLong();

    public PreviewServer(Path site, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        // Without TCP_NODELAY every small response waits ~40 ms for a delayed ACK (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "foresite-serve");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Tells open pages to reload. */
    public void siteChanged() {
        version.incrementAndGet();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(LIVE_PATH + "version")) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, "text/plain", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (rawPath.equals(LIVE_PATH + "live.js")) {
                send(exchange, 200, TYPES.get("js"), LIVE_SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = resolve(rawPath);
            if (file == null) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withLiveReload(Files.readAllBytes(notFound))
                        : "not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : "text/plain", body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) {
                body = withLiveReload(body);
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    /** The file a request path names, or null when there is none inside the site folder. */
    Path resolve(String rawPath) {
        String path;
        try {
            path = new URI("http://localhost" + rawPath).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return null;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            return null;
        }
        try {
            if (!file.toRealPath().startsWith(site.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return file;
    }

    private static byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String tag = "<script src=\"" + LIVE_PATH + "live.js\"></script>\n";
        page = end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

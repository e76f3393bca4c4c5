package org.foresite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves a built site under a path prefix (as GitHub Pages serves a project site) on loopback, for tests. */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "xml", "application/xml",
            "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String prefix;

    public StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        // Without TCP_NODELAY every small response waits ~40 ms for a delayed ACK (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Path base = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> serve(exchange, base));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The URL of the site root, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(HttpExchange exchange, Path base) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        byte[] body = null;
        String type = "text/plain";
        if (path.startsWith(prefix)) {
            String rest = path.substring(prefix.length());
            Path file = base.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
            if (file.startsWith(base) && Files.isRegularFile(file)) {
                body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            }
        }
        int status = body == null ? 404 : 200;
        if (body == null) {
            body = "not found".getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package org.foresite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.foresite.Fixtures;
import org.foresite.site.BuildOptions;
import org.foresite.site.Builds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview loop: serve, edit a seed, see the page change; never serve a file outside the site. */
class PreviewTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request line sent as is, so no client library tidies the path first. */
    private static int rawStatus(String url, String path) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void servesRebuildsOnEditAndRefusesToLeaveTheSite(@TempDir Path tmp) throws Exception {
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        for (String f : List.of("urban-heat.md", "robotic-farming.md")) {
            Files.copy(Fixtures.KB.resolve(f), seeds.resolve(f));
        }
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        StringWriter log = new StringWriter();
        BuildOptions options = new BuildOptions(seeds, Builds.TEMPLATES, tmp.resolve("site"), null, "Preview");
        try (Preview preview = new Preview(options, 0, new PrintWriter(log, true))) {
            String url = preview.url();
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            HttpResponse<String> page = get(url + "articles/urban-heat.html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Cities Prepare for Longer Heatwaves</h1>"));
            assertTrue(page.body().contains("/__foresite/live.js"), "pages reload themselves after a rebuild");
            assertEquals("0", get(url + "__foresite/version").body());

            Path seed = seeds.resolve("urban-heat.md");
            Files.writeString(seed, Files.readString(seed).replace("Cities Prepare for Longer Heatwaves", "Cities Brace for Heat"));
            long deadline = System.currentTimeMillis() + 20_000;
            String body = "";
            while (System.currentTimeMillis() < deadline && !body.contains("<h1>Cities Brace for Heat</h1>")) {
                Thread.sleep(100);
                body = get(url + "articles/urban-heat.html").body();
            }
            assertTrue(body.contains("<h1>Cities Brace for Heat</h1>"), "the edit did not show: " + log);
            String version = get(url + "__foresite/version").body();
            for (long until = System.currentTimeMillis() + 5_000; version.equals("0") && System.currentTimeMillis() < until; ) {
                Thread.sleep(20);
                version = get(url + "__foresite/version").body();
            }
            assertEquals("1", version, "open pages are told to reload");

            Files.createSymbolicLink(tmp.resolve("site/leak.txt"), tmp.resolve("secret.txt"));
            for (String attempt : List.of("/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                    "/articles/..%2f..%2fsecret.txt", "/%5c..%5csecret.txt", "/leak.txt",
                    "/articles/%00.html", "/%252e%252e/secret.txt")) {
                assertEquals(404, rawStatus(url, attempt), attempt);
            }
            assertEquals(200, rawStatus(url, "/"), "the home page is served for /");
            assertEquals(404, get(url + "no/such/page.html").statusCode());
            assertTrue(get(url + "no/such/page.html").body().contains("Page not found"));
        }
        assertTrue(log.toString().contains("Built 2 articles"), log.toString());
    }
}

package org.foresite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.foresite.BuiltSites;
import org.foresite.RealCorpus;
import org.foresite.SiteFiles;
import org.foresite.StaticServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The real corpus served under a project path (/kb/), crawled over HTTP from the home page as a visitor would. */
class CrawlTest {

    @Test
    void everyPageIsReachableFromTheHomePageAndNothingIs404() throws Exception {
        RealCorpus.assumePresent();
        BuiltSites.Built built = BuiltSites.real();
        HttpClient http = HttpClient.newHttpClient();
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            URI root = URI.create(server.url());
            Set<URI> seen = new LinkedHashSet<>();
            Deque<URI> queue = new ArrayDeque<>(List.of(root));
            seen.add(root);
            List<String> broken = new ArrayList<>();
            Set<String> pagesVisited = new LinkedHashSet<>();
            while (!queue.isEmpty()) {
                URI uri = queue.poll();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    broken.add(response.statusCode() + " " + uri);
                    continue;
                }
                String path = root.relativize(uri).getPath();
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                pagesVisited.add(path.isEmpty() ? "index.html" : path);
                Document doc = Jsoup.parse(response.body(), uri.toString());
                for (Element e : doc.select("a[href], link[href], script[src], img[src], form[action]")) {
                    String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
                    String abs = e.absUrl(attr).replaceAll("[#?].*$", "");
                    if (abs.startsWith(server.url()) && seen.add(URI.create(abs))) {
                        queue.add(URI.create(abs));
                    }
                }
            }
            assertEquals(List.of(), broken);
            Set<String> all = new LinkedHashSet<>(new SiteFiles(built.site()).pages());
            all.remove("404.html");
            all.removeAll(pagesVisited);
            assertEquals(Set.of(), all, "pages no link leads to from the home page");
            assertTrue(pagesVisited.size() > 3800, "crawled " + pagesVisited.size() + " pages");
        }
    }
}

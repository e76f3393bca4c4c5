package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.Browser;
import org.foresite.BuiltSites;
import org.foresite.RealCorpus;
import org.foresite.StaticServer;
import org.junit.jupiter.api.Test;

/** The search page in headless Chromium: under a project path, from disk, while typing, and from the keyboard. */
class BrowserSearchTest {

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> paths(JsonNode results) {
        List<String> paths = new ArrayList<>();
        results.forEach(r -> paths.add(r.get("href").asText().replaceAll("\\?.*$", "")));
        return paths;
    }

    @Test
    void findsTheExpectedArticleUnderAProjectPathAndFromDisk() throws Exception {
        Browser.assumeBrowser();
        BuiltSites.Built built = BuiltSites.fixtures();
        String fileUrl = built.site().toUri().toString();
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            List<JsonNode> seen = Browser.run(List.of(
                    Map.of("kind", "open", "url", server.url() + "search.html?q=" + q("heatwaves cities"), "query", "heatwaves cities"),
                    Map.of("kind", "open", "url", fileUrl + "search.html?q=" + q("heatwaves cities"), "query", "heatwaves cities"),
                    Map.of("kind", "open", "url", server.url() + "search.html?q=" + q("agriculture -robots"), "query", "agriculture -robots")));
            for (JsonNode page : seen.subList(0, 2)) {
                assertEquals("articles/urban-heat.html", paths(page.get("results")).get(0), page.toString());
                assertEquals("Cities Prepare for Longer Heatwaves", page.get("results").get(0).get("title").asText());
                assertEquals(List.of(), jsonList(page.get("errors")));
            }
            assertEquals(List.of("articles/edge-cases.html", "articles/heritage-seed.html"), paths(seen.get(2).get("results")));
            for (JsonNode request : seen.get(0).get("requests")) {
                assertTrue(request.asText().startsWith(server.url()), "a request left the site: " + request.asText());
            }
        }
    }

    @Test
    void realCorpusResultsAppearInTheEngineOrder() throws Exception {
        RealCorpus.assumePresent();
        Browser.assumeBrowser();
        BuiltSites.Built built = BuiltSites.real();
        SiteSearch engine = new SiteSearch(built.site());
        List<String> queries = List.of("regulation of AI", "Sellafield cyber", "generative AI art copyright", "climate adaptation cities");
        List<Map<String, Object>> scenarios = new ArrayList<>();
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            for (String query : queries) {
                scenarios.add(Map.of("kind", "open", "url", server.url() + "search.html?q=" + q(query), "query", query));
            }
            scenarios.add(Map.of("kind", "open", "url", built.site().toUri() + "search.html?q=" + q(queries.get(1)),
                    "query", queries.get(1)));
            List<JsonNode> seen = Browser.run(scenarios);
            for (int i = 0; i < seen.size(); i++) {
                String query = i < queries.size() ? queries.get(i) : queries.get(1);
                List<String> expected = engine.search(query, true).results().stream().limit(10)
                        .map(h -> engine.doc(h.doc()).get("url").asText()).toList();
                assertFalse(expected.isEmpty(), query);
                assertEquals(expected, paths(seen.get(i).get("results")), "results of '" + query + "' in order");
            }
        }
    }

    @Test
    void resultsUpdateAsTheReaderTypes() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            JsonNode typed = Browser.run(List.of(Map.of("kind", "type", "url", server.url() + "search.html", "query", "heatw")))
                    .get(0);
            JsonNode steps = typed.get("steps");
            assertEquals(5, steps.size());
            assertEquals("h", steps.get(0).get("typed").asText());
            JsonNode last = steps.get(4);
            assertEquals(1, last.get("count").asInt(), "'heatw' begins only 'heatwaves'");
            assertTrue(last.get("first").asText().startsWith("articles/urban-heat.html"), last.toString());
            assertTrue(steps.get(1).get("count").asInt() != last.get("count").asInt(), "results changed while typing");
            assertTrue(last.get("url").asText().endsWith("search.html?q=heatw"), "the query lives in the URL: " + last);
        }
    }

    @Test
    void openingAResultHighlightsTheMatchedWords() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            JsonNode followed = Browser.run(List.of(Map.of("kind", "follow",
                    "url", server.url() + "search.html?q=" + q("cooling centres"), "query", "cooling centres"))).get(0);
            assertTrue(followed.get("url").asText().startsWith(server.url() + "articles/urban-heat.html?highlight="), followed.toString());
            List<String> marks = jsonList(followed.get("marks"));
            assertTrue(marks.contains("cooling") && marks.contains("centres") && marks.contains("Cooling"), marks.toString());
        }
    }

    @Test
    void keyboardBackForwardAndHostileQueries() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            String hostile = "<img src=x onerror=\"window.__injected=true\">";
            List<JsonNode> seen = Browser.run(List.of(
                    Map.of("kind", "keyboard", "articleUrl", server.url() + "articles/urban-heat.html",
                            "searchUrl", server.url() + "search.html?q=agriculture", "query", "agriculture"),
                    Map.of("kind", "inject", "url", server.url() + "search.html?q=" + q(hostile), "query", hostile),
                    Map.of("kind", "history", "url", server.url() + "search.html?q=agriculture", "first", "agriculture",
                            "second", "heatwaves")));
            JsonNode keys = seen.get(0);
            assertEquals("site-search", keys.get("afterSlash").asText(), "'/' focuses the header search box");
            assertTrue(keys.get("afterDown").asText().startsWith("articles/edge-cases.html"), keys.toString());
            assertTrue(keys.get("afterSecondDown").asText().startsWith("articles/robotic-farming.html"), keys.toString());
            assertTrue(keys.get("opened").asText().startsWith(server.url() + "articles/robotic-farming.html"), keys.toString());

            JsonNode inject = seen.get(1);
            assertFalse(inject.get("injected").asBoolean(), "markup in a query ran as code");
            assertEquals(0, inject.get("images").asInt());
            assertTrue(inject.get("status").asText().contains("No articles match"), inject.toString());

            JsonNode history = seen.get(2);
            assertEquals("agriculture", history.get("back").get("box").asText());
            assertEquals(3, history.get("back").get("results").asInt());
            assertEquals("heatwaves", history.get("forward").get("box").asText());
            assertEquals(1, history.get("forward").get("results").asInt());
        }
    }

    @Test
    void themeFilterAndSuggestionsForUnknownWords() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            List<JsonNode> seen = Browser.run(List.of(
                    Map.of("kind", "filter", "url", server.url() + "search.html?q=agriculture", "query", "agriculture",
                            "theme", "automation"),
                    Map.of("kind", "open", "url", server.url() + "search.html?q=agricultre", "query", "agricultre")));
            JsonNode filter = seen.get(0);
            assertTrue(jsonList(filter.get("chips")).containsAll(List.of("agriculture", "automation", "ai system",
                    "cultural heritage")), filter.toString());
            assertEquals(List.of("articles/edge-cases.html", "articles/robotic-farming.html"), paths(filter.get("results")),
                    "only the agriculture articles that have the theme automation");
            assertTrue(filter.get("url").asText().endsWith("search.html?q=agriculture&theme=automation"), filter.toString());
            assertEquals("automation ×", filter.get("pressed").asText());

            JsonNode none = seen.get(1);
            assertEquals(0, none.get("results").size());
            assertTrue(none.get("status").asText().contains("No articles match “agricultre”."), none.toString());
            assertTrue(none.get("status").asText().contains("Did you mean agriculture?"), none.toString());
        }
    }

    private static List<String> jsonList(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}

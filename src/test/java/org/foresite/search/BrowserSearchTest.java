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

    /** Letters that fold to more or other ASCII letters than their accents: found, and marked where they are. */
    @Test
    void lettersThatFoldAreFoundAndMarkedInTheSnippetAndOnThePage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        Browser.assumeBrowser();
        java.nio.file.Path seeds = tmp.resolve("seeds");
        java.nio.file.Files.createDirectories(seeds);
        java.nio.file.Files.writeString(seeds.resolve("letters.md"), """
                # __Letters of Europe__, from ([20240601](https://newsletter.example.org/p/20240601).)

                __[External link](https://letters.example.org/a)__

                ## Summary

                In Łódź a Straße sign, Æther waves over the Øresund, and a cœur of the matter.

                ## Themes

                * Letters
                """);
        java.nio.file.Files.writeString(seeds.resolve("other.md"), """
                # __Other News__, from ([20240602](https://newsletter.example.org/p/20240602).)

                __[External link](https://letters.example.org/b)__

                ## Summary

                Nothing about any city here.
                """);
        org.foresite.site.Builds.build(seeds, tmp.resolve("site"));
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("Łódź", "Łódź");
        queries.put("lodz", "Łódź");
        queries.put("Straße", "Straße");
        queries.put("strasse", "Straße");
        queries.put("Æther", "Æther");
        queries.put("Øresund", "Øresund");
        queries.put("cœur", "cœur");
        queries.put("coeur", "cœur");
        List<Map<String, Object>> scenarios = new ArrayList<>();
        try (StaticServer server = new StaticServer(tmp.resolve("site"), "/kb/")) {
            queries.keySet().forEach(query -> scenarios.add(Map.of("kind", "open",
                    "url", server.url() + "search.html?q=" + q(query), "query", query)));
            queries.keySet().forEach(query -> scenarios.add(Map.of("kind", "follow",
                    "url", server.url() + "search.html?q=" + q(query), "query", query)));
            List<JsonNode> seen = Browser.run(scenarios);
            int i = 0;
            for (Map.Entry<String, String> e : queries.entrySet()) {
                JsonNode open = seen.get(i);
                JsonNode follow = seen.get(i + queries.size());
                i++;
                assertEquals(List.of("articles/letters.html"), paths(open.get("results")), e.getKey());
                assertEquals(List.of(e.getValue()), jsonList(open.get("marks")), "the snippet marks " + e.getValue());
                assertTrue(follow.get("url").asText().contains("/kb/articles/letters.html"), follow.toString());
                assertTrue(jsonList(follow.get("marks")).contains(e.getValue()), "the article page marks " + e.getValue()
                        + " for " + e.getKey() + ": " + follow);
            }
        }
    }
}

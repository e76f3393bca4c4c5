package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.Browser;
import org.foresite.BuiltSites;
import org.foresite.RealCorpus;
import org.foresite.StaticServer;
import org.junit.jupiter.api.Test;

/** Reading the site in headless Chromium: the colour-scheme toggle, and phone-width layout. */
class ReadingBrowserTest {

    @Test
    void darkModeToggleIsRememberedAcrossPages() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            JsonNode seen = Browser.run(List.of(Map.of("kind", "theme", "url", server.url() + "articles/urban-heat.html",
                    "next", server.url() + "themes/agriculture.html"))).get(0);
            assertEquals("false", seen.get("before").get("pressed").asText());
            assertEquals("dark", seen.get("after").get("theme").asText());
            assertEquals("true", seen.get("after").get("pressed").asText());
            assertNotEquals(seen.get("before").get("background").asText(), seen.get("after").get("background").asText());
            assertEquals("dark", seen.get("next").get("theme").asText(), "the choice follows the reader to the next page");
            assertEquals(seen.get("after").get("background").asText(), seen.get("next").get("background").asText());
        }
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() throws Exception {
        Browser.assumeBrowser();
        boolean real = RealCorpus.isPresent();
        BuiltSites.Built built = real ? BuiltSites.real() : BuiltSites.fixtures();
        List<String> pages = new ArrayList<>(List.of("index.html", "themes/index.html", "keywords/index.html",
                "articles/index.html", "search.html?q=climate", "404.html", "timeline.html", "signals.html"));
        pages.add(real ? "articles/00ad32cd528c6694bc92a7385743064c.html" : "articles/urban-heat.html");
        pages.add(real ? "articles/04812fe3c35f54dbe402772b71bcbef6.html" : "articles/edge-cases.html");
        pages.add(real ? "themes/artificial-intelligence.html" : "themes/agriculture.html");
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            List<String> urls = pages.stream().filter(p -> real || !p.contains("04812fe3"))
                    .map(p -> server.url() + p).toList();
            JsonNode seen = Browser.run(List.of(Map.of("kind", "overflow", "width", 390, "urls", urls))).get(0);
            for (JsonNode w : seen.get("widths")) {
                assertTrue(w.get("scrollWidth").asInt() <= w.get("clientWidth").asInt(), "scrolls sideways at 390 px: " + w);
            }
            assertEquals(urls.size(), seen.get("widths").size());
        }
    }

    @Test
    void signalsExplorerSortsAndFilters() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            JsonNode seen = Browser.run(List.of(Map.of("kind", "signals", "url", server.url() + "signals.html",
                    "text", "heat", "theme", "agriculture"))).get(0);
            assertEquals(10, seen.get("initial").size(), "every signal of the fixtures, newest article first");
            assertEquals("Sodium batteries", seen.get("initial").get(0).get(0).asText());
            assertEquals("Autonomous tractors in open fields", seen.get("ascending").get(0).get(0).asText());
            assertEquals("ascending", seen.get("sortState").asText());
            assertEquals("Tree canopy targets", seen.get("descending").get(0).get(0).asText());
            assertEquals("Tree canopy targets", seen.get("byRelevancy").get(0).get(0).asText(),
                    "relevancy 3 sorts first; between two 3s, the newer article");
            assertEquals("", seen.get("byRelevancy").get(9).get(4).asText(), "rows without relevancy sort last");
            for (JsonNode row : seen.get("filtered")) {
                assertTrue(row.toString().toLowerCase().contains("heat"), row.toString());
            }
            assertEquals(3, seen.get("filtered").size());
            List<String> themedArticles = new ArrayList<>();
            seen.get("themed").forEach(r -> themedArticles.add(r.get(5).asText()));
            assertEquals(4, themedArticles.size(), themedArticles.toString());
            assertTrue(themedArticles.stream().allMatch(t -> t.startsWith("Edge") || t.startsWith("Robotic")
                    || t.startsWith("\"Digital Twins\"")), themedArticles.toString());
            assertEquals("4 of 10 signals, 1–4 shown.", seen.get("status").asText());
        }
    }

    @Test
    void onAPhoneTheHeaderTakesTwoRowsAndASearchShowsItsFirstResultOnTheFirstScreen() throws Exception {
        Browser.assumeBrowser();
        boolean real = RealCorpus.isPresent();
        BuiltSites.Built built = real ? BuiltSites.real() : BuiltSites.fixtures();
        List<String> pages = List.of("index.html", real ? "search.html?q=ai" : "search.html?q=agriculture",
                "signals.html", "themes/index.html", "timeline.html", "articles/index.html");
        try (StaticServer server = new StaticServer(built.site(), "/kb/")) {
            List<String> urls = pages.stream().map(p -> server.url() + p).toList();
            List<JsonNode> seen = Browser.run(List.of(
                    Map.of("kind", "screen", "width", 390, "height", 844, "urls", urls),
                    Map.of("kind", "screen", "width", 1280, "height", 800, "urls", urls)));
            for (JsonNode page : seen.get(0).get("pages")) {
                assertTrue(page.get("headerRows").asInt() <= 2, "at 390 px the header takes " + page);
                assertTrue(page.get("navVisible").asBoolean(), "every site link stays on screen at 390 px: " + page);
            }
            JsonNode search = seen.get(0).get("pages").get(1);
            assertTrue(search.get("firstResultBottom").asDouble() > 0
                    && search.get("firstResultBottom").asDouble() <= 844, "the first result is on the first screen: " + search);
            for (JsonNode page : seen.get(1).get("pages")) {
                assertEquals(1, page.get("headerRows").asInt(), "one header row on a wide screen: " + page);
            }
        }
    }

    @Test
    void theFilterBoxOfATermIndexFindsTermsOnEveryPage() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            JsonNode seen = Browser.run(List.of(Map.of("kind", "termFilter", "url", server.url() + "keywords/index.html",
                    "word", "weed", "letter", "a"))).get(0);
            assertEquals("weeding robots", seen.get("found").get(0).get("text").asText(),
                    "a term from the last page of the list: " + seen);
            assertEquals("weeding-robots.html", seen.get("found").get(0).get("href").asText());
            assertEquals("1 match", seen.get("count").asText());
            assertTrue(seen.get("listHidden").asBoolean(), "the matches replace the page's list");
            assertTrue(seen.get("opened").asText().endsWith("/kb/keywords/weeding-robots.html"), seen.get("opened").asText());
            assertTrue(seen.get("letter").size() > 0, seen.toString());
            seen.get("letter").forEach(t -> assertTrue(t.asText().toLowerCase().contains("a"), t.asText()));
            assertTrue(seen.get("letterCount").asText().endsWith("on this page"), seen.get("letterCount").asText());
        }
    }
}

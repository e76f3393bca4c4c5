package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.Browser;
import org.foresite.BuiltSites;
import org.foresite.StaticServer;
import org.junit.jupiter.api.Test;

/** axe-core in headless Chromium: no serious or critical violation on any page kind, in light and dark. */
class AccessibilityTest {
    static final List<String> PAGES = List.of("index.html", "articles/urban-heat.html", "articles/edge-cases.html",
            "themes/agriculture.html", "keywords/c-plus-plus.html", "themes/index.html", "keywords/index.html",
            "articles/index.html", "search.html?q=agriculture", "search.html?q=zzzz", "404.html", "timeline.html", "signals.html",
            "signals.html?theme=agriculture&cards=1", "trends.html",
            "issues/20240505.html");

    /** Pages of the folder laid out like a real {@code docs/}, with topic analyses. */
    static final List<String> TOPIC_PAGES = List.of("topics/index.html", "topics/tidalenergy.html",
            "topics/urbanfarming.html", "articles/3a9f1c2e4b6d8f0a1c3e5a7b9d1f3a5c.html", "search.html?q=estuary");

    @Test
    void noSeriousOrCriticalViolationInEitherColourScheme() throws Exception {
        assertNoViolation(BuiltSites.fixtures().site(), PAGES);
    }

    @Test
    void topicPagesHaveNoSeriousOrCriticalViolation() throws Exception {
        assertNoViolation(BuiltSites.docs().site(), TOPIC_PAGES);
    }

    private static void assertNoViolation(java.nio.file.Path site, List<String> pages) throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(site, "/kb/")) {
            List<String> urls = pages.stream().map(p -> server.url() + p).toList();
            List<JsonNode> seen = Browser.run(List.of(
                    Map.of("kind", "axe", "scheme", "light", "urls", urls),
                    Map.of("kind", "axe", "scheme", "dark", "urls", urls)));
            List<String> violations = new ArrayList<>();
            for (JsonNode scheme : seen) {
                for (JsonNode page : scheme.get("pages")) {
                    page.get("violations").forEach(v -> violations.add(page.get("url").asText() + ": " + v));
                }
            }
            assertEquals(List.of(), violations);
        }
    }
}

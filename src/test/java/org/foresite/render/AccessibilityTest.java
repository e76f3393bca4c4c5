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

    @Test
    void noSeriousOrCriticalViolationInEitherColourScheme() throws Exception {
        Browser.assumeBrowser();
        try (StaticServer server = new StaticServer(BuiltSites.fixtures().site(), "/kb/")) {
            List<String> urls = PAGES.stream().map(p -> server.url() + p).toList();
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

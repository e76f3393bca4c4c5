package org.foresite;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Headless Chromium driven by Playwright (src/test/js/browser.js); .ci/run installs both. */
public final class Browser {
    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path PLAYWRIGHT = Path.of("node_modules", "playwright-core");

    private Browser() {
    }

    /** Skips visibly where Chromium or Playwright is missing; in CI that is a failure. */
    public static void assumeBrowser() {
        NodeScript.assumeNode();
        boolean present = Files.isExecutable(CHROMIUM) && Files.isDirectory(PLAYWRIGHT);
        if (present) {
            return;
        }
        String what = CHROMIUM + (Files.isExecutable(CHROMIUM) ? "" : " (missing)") + ", " + PLAYWRIGHT
                + (Files.isDirectory(PLAYWRIGHT) ? "" : " (missing: npm install)");
        if (System.getenv("CI") != null) {
            fail("headless Chromium is needed in CI: " + what);
        }
        System.out.println("SKIPPED: browser tests need " + what);
        assumeTrue(false, "no headless Chromium");
    }

    /** Runs the scenarios and returns one observation per scenario; a scenario that threw has "failure". */
    public static List<JsonNode> run(List<Map<String, Object>> scenarios) throws Exception {
        JsonNode out = NodeScript.run("browser.js", List.of(), Map.of("chromium", CHROMIUM.toString(), "scenarios", scenarios));
        List<JsonNode> observations = new java.util.ArrayList<>();
        out.forEach(observations::add);
        for (int i = 0; i < observations.size(); i++) {
            if (observations.get(i).has("failure")) {
                fail("browser scenario " + scenarios.get(i) + " failed: " + observations.get(i).get("failure").asText()
                        + " (page errors: " + observations.get(i).get("errors") + ")");
            }
        }
        return observations;
    }
}

package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.BuiltSites;
import org.foresite.NodeScript;
import org.junit.jupiter.api.Test;

/** Queries of any length and content never throw, in the browser engine or in `foresite search`. */
class QueryRobustnessTest {
    static final List<String> HOSTILE = List.of("", "   ", "\"", "\"unclosed phrase", "+", "-", "+-+", "-agriculture",
            "***", "(.*)[a-z]+$^", "\\", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "🚀✨👩‍🔬",
            "a".repeat(5000), "heat ".repeat(1000), "\u0000\u0001\uFFFF", "\uD800", "ＡＩ", "AI", "5G", "EU",
            "\"heat\" +cities -robots", "the of and", "regul", "agri");

    @Test
    void hostileQueriesAnswerCalmlyAndAlike() throws Exception {
        NodeScript.assumeNode();
        BuiltSites.Built built = BuiltSites.fixtures();
        SiteSearch cli = new SiteSearch(built.site());
        JsonNode browser = NodeScript.run("engine.js", List.of(built.site().resolve("search").toString()),
                Map.of("queries", HOSTILE, "prefix", true, "limit", 10));
        for (int i = 0; i < HOSTILE.size(); i++) {
            List<Integer> js = new ArrayList<>();
            browser.get(i).get("results").forEach(r -> js.add(r.get(0).asInt()));
            List<Integer> java = cli.search(HOSTILE.get(i), true).results().stream().limit(10).map(SiteSearch.Hit::doc).toList();
            assertEquals(js, java, "query #" + i);
        }
    }

    @Test
    void acronymsAndPrefixesAndOperatorsWork() {
        SiteSearch s = new SiteSearch(BuiltSites.fixtures().site());
        List<String> ids = BuiltSites.fixtures().kb().articles().stream().map(a -> a.id()).toList();
        assertEquals(List.of("energy-review", "urban-heat", "robotic-farming", "quantum-sensors"), docs(s, "AI", ids),
                "two-letter terms are found (the theme ai, the theme and keyword AI system)");
        assertEquals(docs(s, "AI", ids), docs(s, "ＡＩ", ids), "full-width letters fold");
        assertEquals(List.of("quantum-sensors"), docs(s, "DALL·E", ids));
        assertEquals(List.of("quantum-sensors"), docs(s, "dall e", ids));
        assertTrue(docs(s, "agri", ids).containsAll(List.of("robotic-farming", "edge-cases", "heritage-seed")),
                "the last word matches the words it begins");
        assertEquals(List.of(), docs(s, "agri ", ids), "a finished word is not a prefix");
        assertEquals(List.of("edge-cases", "robotic-farming", "heritage-seed"), docs(s, "agriculture", ids));
        assertEquals(List.of("edge-cases", "heritage-seed"), docs(s, "agriculture -robots", ids));
        assertEquals(List.of("robotic-farming"), docs(s, "+agriculture +insurance", ids));
        assertEquals(List.of("urban-heat"), docs(s, "\"cooling centres\"", ids));
        SiteSearch.Outcome unknown = s.search("xyzzy heatwave", false);
        assertEquals(List.of("xyzzy", "heatwave"), unknown.unknown());
    }

    private static List<String> docs(SiteSearch s, String query, List<String> ids) {
        return s.search(query, true).results().stream().map(h -> ids.get(h.doc())).toList();
    }
}

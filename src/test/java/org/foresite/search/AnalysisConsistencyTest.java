package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.foresite.BuiltSites;
import org.foresite.Fixtures;
import org.foresite.NodeScript;
import org.foresite.RealCorpus;
import org.foresite.link.KnowledgeBase;
import org.foresite.model.Article;
import org.foresite.site.BuildOptions;
import org.foresite.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser must cut a query into the same surface forms as the build cut the text (Lucene at build time,
 * search.js in the browser). This runs both over every text of a knowledge base and over its whole vocabulary.
 */
class AnalysisConsistencyTest {
    /** Text a curator may well paste: scripts, ligatures, full-width letters, punctuation inside words. */
    static final List<String> TRICKY = List.of(
            "DALL·E 2 and U.S. policy don't differ; e-mail, C++ & C#, AT&T, 5G, EU, AI-driven, snake_case.",
            "Ｆｕｌｌ-width ＡＩ, ligature ﬁnance, ½ of ², Straße, Œuvre, ÆON, Ærø, İstanbul, ŁÓDŹ, Ελληνικά ΣΟΦΊΑ.",
            "Кириллица и слова, 人工智能的未来, ひらがなとカタカナ, チップAI3, 한국어 단어, العربية, हिन्दी शब्द, ภาษาไทย.",
            "Emoji 🚀✨ 1️⃣ 👩‍🔬, « quotes », “curly”, ‘single’, em—dash, en–dash, ellipsis…, ™, ®, °C, €60m, £5.",
            "Combining: cafe\u0301 na\u0308ive, zero\u200Bwidth, soft\u00ADhyphen, " + "x".repeat(70) + " tail",
            "<script>alert(1)</script> [link](https://example.org) **bold** `code` | pipes | 3.14 1,000 2025-05-11");

    @Test
    void browserAndBuildCutTheFixturesAlike(@TempDir Path tmp) throws Exception {
        NodeScript.assumeNode();
        Path seeds = tmp.resolve("seeds");
        Files.createDirectories(seeds);
        try (var files = Files.list(Fixtures.KB)) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        Files.writeString(seeds.resolve("tricky.md"), "# __Tricky text__, from ([20240101](https://x.example/p/1).)\n\n"
                + "__[External link](https://x.example/a)__\n\n## Summary\n\n" + String.join("\n\n", TRICKY) + "\n");
        new SiteBuilder().build(new BuildOptions(seeds, Path.of("templates"), tmp.resolve("site"), null, "t"));
        List<String> texts = new ArrayList<>(TRICKY);
        texts.addAll(texts(org.foresite.KnowledgeBases.read(seeds)));
        int compared = assertSameSurfaces(tmp.resolve("site"), texts);
        assertTrue(compared > 100, "compared " + compared + " surface forms");
        assertSameShardNames(tmp.resolve("site"), List.of("ła", "é", "\uD83D\uDE80", "ab-c"));
    }

    /** The browser names the term shards as the build does: every shard of the site's index, and a few odd starts. */
    private static void assertSameShardNames(Path site, List<String> more) throws Exception {
        JsonNode manifest = IndexFiles.payload(Files.readString(site.resolve("search/manifest.js")));
        List<String> starts = new ArrayList<>(more);
        manifest.get("terms").forEach(t -> starts.add(t.asText()));
        JsonNode js = NodeScript.run("engine.js", List.of(site.resolve("search").toString()), Map.of("shardIds", starts));
        for (int i = 0; i < starts.size(); i++) {
            assertEquals(IndexFiles.shardId(starts.get(i)), js.get(i).asText(), "shard starting with " + starts.get(i));
            if (i >= more.size()) {
                assertTrue(Files.isRegularFile(site.resolve("search/terms/" + js.get(i).asText() + ".js")), starts.get(i));
            }
        }
    }

    @Test
    void browserAndBuildCutTheRealCorpusAlike() throws Exception {
        RealCorpus.assumePresent();
        NodeScript.assumeNode();
        BuiltSites.Built real = BuiltSites.real();
        List<String> texts = texts(real.kb());
        TextAnalysis analysis = new TextAnalysis();
        TreeSet<String> vocabulary = new TreeSet<>();
        texts.forEach(t -> vocabulary.addAll(analysis.surfaces(t)));
        texts.addAll(vocabulary);
        int compared = assertSameSurfaces(real.site(), texts);
        assertSameShardNames(real.site(), List.of());
        System.out.println("Analysis consistency: " + texts.size() + " texts, " + vocabulary.size()
                + " distinct surface forms, " + compared + " surface forms compared, 0 differences");
        assertTrue(vocabulary.size() > 5_000, "vocabulary of " + vocabulary.size());
    }

    private static List<String> texts(KnowledgeBase kb) {
        List<String> texts = new ArrayList<>();
        for (Article a : kb.articles()) {
            for (SearchField f : SearchField.values()) {
                texts.add(f.text(a));
            }
        }
        return texts;
    }

    private static int assertSameSurfaces(Path site, List<String> texts) throws Exception {
        TextAnalysis analysis = new TextAnalysis();
        JsonNode browser = NodeScript.run("engine.js", List.of(site.resolve("search").toString()), Map.of("analyse", texts));
        assertEquals(texts.size(), browser.size());
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < texts.size(); i++) {
            List<String> java = analysis.surfaces(texts.get(i));
            List<String> js = new ArrayList<>();
            browser.get(i).forEach(n -> js.add(n.asText()));
            compared += java.size();
            if (!java.equals(js) && differences.size() < 20) {
                differences.add("text: " + abbreviate(texts.get(i)) + "\n  build:   " + java + "\n  browser: " + js);
            }
        }
        assertEquals(List.of(), differences, "surface forms differ between the build and the browser");
        return compared;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}

package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.foresite.Fixtures;
import org.foresite.KnowledgeBases;
import org.foresite.RealCorpus;
import org.foresite.model.Article;
import org.junit.jupiter.api.Test;

/**
 * {@link TextAnalysis#surfaces} cuts ASCII stretches by hand and hands only the rest to Lucene; the result must be
 * what the Lucene chain makes of the whole text.
 */
class TextAnalysisTest {
    /** Pieces random text is made of: ASCII of every class UAX #29 knows, and the non-ASCII cases that differ. */
    private static final String[] PIECES = {
        "a", "Z", "q", "7", "0", "word", "AI", "x9", " ", " ", "  ", "\n", "\t", "\r\n", ".", ",", "'", "\"", ":", ";",
        "_", "-", "/", "\\", "(", ")", "&", "#", "@", "!", "?", "+", "*", "%", "=", "<", ">", "|", "~", "`", "^", "$",
        "é", "e\u0301", "\u0301", "\u0308", "ﬁ", "²", "½", "Ａ", "１", "١", "ß", "İ", "Σ", "ς", "Ж", "\u200D", "\u200B",
        "\u00AD", "\u00A0", "\u2019", "\u2018", "“", "”", "—", "·", "…", "❤\uFE0F", "\uFE0F", "👍🏽", "👩\u200D🔬", "🚀",
        "日本", "語", "ไทย", "ひら", "カタ", "한국", "عرب", "हिन्", "ǅ", "Ⅻ", "℃", "™", "\u2028", "\u0085", "\u3000",
        "x".repeat(63), "y".repeat(64), "z".repeat(65), "é".repeat(65),
    };

    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void randomTextIsCutAsTheLuceneChainCutsIt() {
        Random random = new Random(29);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSame(text.toString());
        }
    }

    @Test
    void trickyTextIsCutAsTheLuceneChainCutsIt() {
        AnalysisConsistencyTest.TRICKY.forEach(this::assertSame);
        assertEquals(List.of("dall", "e", "2", "and", "u", "s", "policy", "don", "t"),
                analysis.surfaces("DALL·E 2 and U.S. policy don't").subList(0, 9));
        assertEquals(List.of("cafe", "snake", "case"), analysis.surfaces("  Café\tsnake_case\n"));
    }

    @Test
    void everyFieldOfTheFixturesIsCutAsTheLuceneChainCutsIt() {
        assertTrue(fieldTexts(KnowledgeBases.read(Fixtures.KB).articles()) > 20);
    }

    @Test
    void everyFieldOfTheRealArticlesIsCutAsTheLuceneChainCutsIt() {
        RealCorpus.assumePresent();
        assertTrue(fieldTexts(KnowledgeBases.read(RealCorpus.FUTURES).articles()) > 1_000);
    }

    private int fieldTexts(List<Article> articles) {
        int texts = 0;
        for (Article a : articles) {
            for (SearchField f : SearchField.values()) {
                assertSame(f.text(a));
                texts++;
            }
        }
        return texts;
    }

    private void assertSame(String text) {
        List<String> expected = analysis.analysedSurfaces(text);
        assertEquals(expected, analysis.surfaces(text), () -> "surfaces of " + escaped(text));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp < 0x80 && cp >= 0x20 ? Character.toString(cp)
                : String.format("\\u{%x}", cp)));
        return out.toString();
    }
}

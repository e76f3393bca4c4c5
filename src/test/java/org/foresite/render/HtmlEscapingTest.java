package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscapingTest {
    private final HtmlEscaping escaping = new HtmlEscaping();

    /** Pages must not change with the escaper: Pebble's own strategy, unbescape's, is the oracle. */
    @Test
    void escapesAsPebblesOwnStrategyDoes() {
        String alphabet = "&<>\"'a Z0;#\t\n\u00a0é·◐“”\u0000\u007f\u0085\u2028\uD83D\uDE00\uD800\uDC00\uDFFF&amp;";
        Random random = new Random(11);
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(HtmlEscape.escapeHtml4Xml(s), escaping.escape(s), s);
        }
        assertEquals("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
                escaping.escape("<script>alert(\"x\") & 'y'</script>"));
    }

    @Test
    void returnsTextWithoutMarkupAsItIs() {
        String plain = "Signals of change · 2026";
        assertSame(plain, escaping.escape(plain));
    }
}

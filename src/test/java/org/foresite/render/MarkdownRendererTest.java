package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.foresite.MarkdownSamples;
import org.foresite.text.PlainText;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void proseThatSkipsTheParserRendersAsTheParserRendersIt() {
        Random random = new Random(43);
        int prose = 0;
        for (int n = 0; n < 60_000; n++) {
            String text = MarkdownSamples.next(random);
            if (!text.isBlank() && PlainText.isProse(text)) {
                prose++;
            }
            assertEquals(renderer.parsed(text).toString(), renderer.render(text).toString(),
                    () -> "HTML of " + text.replace("\n", "\\n"));
        }
        assertTrue(prose > 10_000, prose + " texts skipped the parser");
    }

    @Test
    void proseIsAParagraphOfEscapedText() {
        assertEquals("<p>Quotes &quot;stay&quot; text, 3 &gt; 2.</p>", renderer.render("Quotes \"stay\" text, 3 > 2.").toString());
    }
}

package org.foresite.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlocksTest {
    @Test
    void linesEndAtEveryKindOfLineBreak() {
        assertEquals(List.of(new Line(1, "a"), new Line(2, "b"), new Line(3, "")), Blocks.lines("a\nb\n"));
        assertEquals(List.of(new Line(1, "a"), new Line(2, "b"), new Line(3, ""), new Line(4, "c")),
                Blocks.lines("a\r\nb\r\rc"));
        assertEquals(List.of(new Line(1, "")), Blocks.lines(""));
    }

    @Test
    void linesAreWhatARegularExpressionSplitGives() {
        String[] pieces = {"a", "é", "’", " ", "|", "\n", "\r", "\r\n", "\n\r", "\n\n"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String[] expected = text.toString().split("\r\n|\r|\n", -1);
            List<Line> lines = Blocks.lines(text.toString());
            assertEquals(expected.length, lines.size(), () -> "lines of " + text.toString().replace("\r", "\\r").replace("\n", "\\n"));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(new Line(i + 1, expected[i]), lines.get(i));
            }
        }
    }
}

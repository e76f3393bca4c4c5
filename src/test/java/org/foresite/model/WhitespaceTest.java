package org.foresite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void whitespaceCollapsesAsTheRegularExpressionDoes() {
        String[] pieces = {"a", "b", " ", "  ", "\t", "\n", "\r\n", "\u000b", "\f", "\u00a0", "\u2028", "é"};
        java.util.Random random = new java.util.Random(47);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(t.replaceAll("\\s+", " "), Whitespace.collapse(t), () -> "collapsed " + t.replace("\n", "\\n"));
        }
    }
}

package org.foresite;

import java.util.Random;

/**
 * Random short Markdown, much of it one line of prose and the rest near misses: for holding the shortcuts taken for
 * plain prose ({@code PlainText.isProse}) to what the Markdown parser makes of the same text.
 */
public final class MarkdownSamples {
    /** Prose first (the first {@value #PROSE} pieces), then every character that can make a text Markdown. */
    private static final String[] PIECES = {"a", "Word", "é", "Ω", "ß", "ﬁ", " ", "  ", "   ", "\u00a0", "\u3000", "1",
        "2.", "3)", ".", ",", ";", ":", "'", "\"", "’", "“", "”", "—", "-", "+", "=", "#", "##", ">", "(", ")", "!", "?",
        "|", "~", "~~", "{", "}", "/", "%", "$", "@", "^", "https://x.org", "www.x.org", "a@b.org", "*", "_", "`", "[",
        "]", "<", "&", "&amp;", "\\", "\t", "\n", "\u0085", "\u2028", "\u007f", "\u200b", "🚀"};
    private static final int PROSE = 44;

    private MarkdownSamples() {
    }

    public static String next(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "Start" : "");
        for (int k = random.nextInt(14); k > 0; k--) {
            text.append(PIECES[random.nextInt(random.nextInt(3) == 0 ? PIECES.length : PROSE)]);
        }
        return text.toString();
    }
}

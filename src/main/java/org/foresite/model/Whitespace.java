package org.foresite.model;

/**
 * The one rule for runs of whitespace in text shown to readers: term spellings, blurbs and cut texts. It lives in
 * the model because term keys need it, and everything else may depend on the model.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * Each run of ASCII whitespace ({@code \\s}: space, tab, line ends, vertical tab, form feed) as one space; the
     * text itself when it has none to change, as one-line prose and most spellings have not. Scanned by hand: a
     * regular expression was a visible part of building every term and blurb.
     */
    public static String collapse(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && (!isSpace(text.charAt(i)) || text.charAt(i) == ' ' && (i + 1 == n || !isSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}

package org.foresite.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity of a theme or keyword: spellings that differ only in case, width or spacing
 * ("AI system", "AI  System", "ＡＩ system") are the same term.
 */
public final class TermKey {
    private TermKey() {
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public static String of(String spelling) {
        if (isPlain(spelling)) {
            return spelling.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(spelling, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(folded.strip()).replaceAll(" ");
    }

    /**
     * Printable ASCII with single inner spaces needs lowercasing only (NFKC leaves it as it is). Most terms are,
     * and keys are looked up for every term link on every page, so this skips the normaliser for them.
     */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && s.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** The spelling with runs of whitespace collapsed, as it is shown to readers. */
    public static String tidy(String spelling) {
        String stripped = spelling.strip();
        // Most spellings are tidy already: told by a look at their characters, without a regular expression.
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < stripped.length() && stripped.charAt(i + 1) == ' ') {
                return WHITESPACE.matcher(stripped).replaceAll(" ");
            }
        }
        return stripped;
    }
}

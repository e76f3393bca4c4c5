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

    public static String of(String spelling) {
        if (isPlain(spelling)) {
            return spelling.toLowerCase(Locale.ROOT);
        }
        String folded = Normalizer.normalize(spelling, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Whitespace.collapse(folded.strip());
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
        return Whitespace.collapse(spelling.strip());
    }
}

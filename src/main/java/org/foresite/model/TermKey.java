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
        String folded = Normalizer.normalize(spelling, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.strip().replaceAll("\\s+", " ");
    }

    /** The spelling with runs of whitespace collapsed, as it is shown to readers. */
    public static String tidy(String spelling) {
        return spelling.strip().replaceAll("\\s+", " ");
    }
}

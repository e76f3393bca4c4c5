package org.foresite.text;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one folding of text: lowercase, then letters with diacritics and ligatures to their ASCII letters ({@code Ł}
 * to {@code l}, {@code ß} to {@code ss}, {@code Æ} to {@code ae}, {@code œ} to {@code oe}), as Lucene's ASCII
 * folding does. Slugs, the search index and the browser's highlighting all fold with it: the browser receives it as
 * the folding table of the search manifest.
 */
public final class TextFolding {
    private TextFolding() {
    }

    /** What one code point folds to: lowercased, then folded to ASCII where it has an ASCII form. */
    public static String fold(int codePoint) {
        String lower = new String(Character.toChars(Character.toLowerCase(codePoint)));
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}

package org.foresite.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits a token at every character that is not a letter, digit or combining mark, and drops parts longer
 * than {@link TextAnalysis#MAX_WORD_LENGTH}. UAX #29 keeps {@code dall·e}, {@code u.s} and {@code don't} whole;
 * readers type {@code dall e}, {@code us}, {@code dont}, and a browser splits words this simple way.
 */
final class WordPartFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    /** The offsets of the token the pending parts were cut from: each part has them. */
    private int tokenStart;
    private int tokenEnd;

    WordPartFilter(TokenStream input) {
        super(input);
    }

    static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp) || TextAnalysis.isMark(cp);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            if (isWholeWord()) {
                return true;
            }
            String token = term.toString();
            tokenStart = offset.startOffset();
            tokenEnd = offset.endOffset();
            int start = -1;
            for (int i = 0; i <= token.length(); ) {
                int cp = i < token.length() ? token.codePointAt(i) : -1;
                boolean word = cp >= 0 && isWordChar(cp);
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    String part = token.substring(start, i);
                    if (part.codePointCount(0, part.length()) <= TextAnalysis.MAX_WORD_LENGTH) {
                        pending.add(part);
                    }
                    start = -1;
                }
                i += cp >= 0 ? Character.charCount(cp) : 1;
            }
        }
        clearAttributes();
        term.setEmpty().append(pending.poll());
        offset.setOffset(tokenStart, tokenEnd);
        return true;
    }

    /**
     * Whether the token is one short word of ASCII letters and digits, as most are: it then passes as it is, without
     * the copies that cutting it takes.
     */
    private boolean isWholeWord() {
        char[] chars = term.buffer();
        int length = term.length();
        if (length > TextAnalysis.MAX_WORD_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return length > 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}

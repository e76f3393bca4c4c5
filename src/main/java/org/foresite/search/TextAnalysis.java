package org.foresite.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.foresite.text.TextFolding;

/**
 * The text analysis of the search index, done with Lucene at build time:
 * NFKC normalisation, Unicode word segmentation (UAX #29), lowercasing, ASCII folding, splitting at the
 * punctuation UAX #29 keeps inside words ({@code DALL·E}, {@code U.S.}), then English stop words and Krovetz (KStem)
 * stemming, which conflates fewer unrelated words than Porter ({@code generative} stays apart from {@code general}).
 * <p>
 * The first half (up to the split) yields <em>surface forms</em>; the browser reproduces exactly that half
 * (a small rule set plus a folding table this class generates), and the index maps every surface form to its
 * stem, so stemming and stop words never have to run in the browser.
 */
public final class TextAnalysis {
    /** Parts longer than this are never searched for; both sides drop them. */
    public static final int MAX_WORD_LENGTH = 64;
    public static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Analyzer surfaceAnalyzer = new SurfaceAnalyzer();
    private final Analyzer stemAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new KStemFilter(source));
        }
    };
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    /** What {@link #stems} holds for a stop word: a string of its own, told apart by identity. */
    private static final String STOP = new String("stop word");

    /** The full chain as one Lucene analyzer: what an ordinary Lucene index of the same text would use. */
    public static Analyzer luceneAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = newTokenizer();
                TokenStream words = new WordPartFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
                return new TokenStreamComponents(source, new KStemFilter(new StopFilter(words, STOP_WORDS)));
            }

            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return nfkc(reader);
            }
        };
    }

    /**
     * The surface forms of a text, in order: what the browser computes from a query.
     * <p>
     * Most text is ASCII, and there the chain above makes of it exactly its runs of letters and digits, lowercased:
     * UAX #29 never breaks inside such a run, and the word-part split cuts at everything else. So ASCII stretches
     * are cut here by hand, and only the words that hold other characters (up to the spaces around them, where
     * UAX #29 always breaks and NFKC never composes) go through Lucene. {@code TextAnalysisTest} holds the two
     * ways equal on random text.
     */
    public List<String> surfaces(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int at = 0;
        while (at < n) {
            int other = at;
            while (other < n && text.charAt(other) < 0x80) {
                other++;
            }
            if (other == n) {
                asciiWords(text, at, n, out);
                break;
            }
            int start = other;
            while (start > at && !isSpace(text.charAt(start - 1))) {
                start--;
            }
            int end = other;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            asciiWords(text, at, start, out);
            analysedSurfaces(text.substring(start, end), out);
            at = end;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** The runs of ASCII letters and digits of {@code text[from, to)}, lowercased; runs too long to search are left out. */
    private static void asciiWords(String text, int from, int to, List<String> out) {
        char[] word = new char[MAX_WORD_LENGTH];
        int length = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (length < MAX_WORD_LENGTH) {
                    word[length] = c;
                }
                length++;
            } else if (c >= 'A' && c <= 'Z') {
                if (length < MAX_WORD_LENGTH) {
                    word[length] = (char) (c + ('a' - 'A'));
                }
                length++;
            } else if (length > 0) {
                if (length <= MAX_WORD_LENGTH) {
                    out.add(new String(word, 0, length));
                }
                length = 0;
            }
        }
    }

    /** The surface forms of a text as the Lucene chain makes them, without the ASCII shortcut. */
    List<String> analysedSurfaces(String text) {
        List<String> out = new ArrayList<>();
        analysedSurfaces(text, out);
        return out;
    }

    private void analysedSurfaces(String text, List<String> out) {
        try (TokenStream ts = surfaceAnalyzer.tokenStream("", nfkc(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stem of a surface form, or null for a stop word. */
    public String stem(String surface) {
        // One lookup per word: the stop words are in the same table, mapped to a marker.
        String stem = stems.get(surface);
        if (stem == null) {
            stem = stems.computeIfAbsent(surface, w -> STOP_WORDS.contains(w) ? STOP : kstem(w));
        }
        return stem == STOP ? null : stem;
    }

    private String kstem(String surface) {
        try (TokenStream ts = stemAnalyzer.tokenStream("", surface)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : surface;
            ts.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What lowercasing and folding make of one code point ({@link TextFolding}): the search index folds with the
     * analysis chain below, and the browser with the table this gives.
     */
    public static String fold(int codePoint) {
        return TextFolding.fold(codePoint);
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static Tokenizer newTokenizer() {
        StandardTokenizer tokenizer = new StandardTokenizer();
        // Long runs are dropped after splitting (MAX_WORD_LENGTH), never cut here: the browser cannot cut alike.
        tokenizer.setMaxTokenLength(StandardTokenizer.MAX_TOKEN_LENGTH_LIMIT);
        return tokenizer;
    }

    /** NFKC, as the browser applies it to a query; ASCII text (most of it) is its own NFKC form. */
    static String nfkc(String text) {
        boolean ascii = true;
        for (int i = 0, n = text.length(); i < n && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static java.io.Reader nfkc(java.io.Reader reader) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return new StringReader(nfkc(sb.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class SurfaceAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = newTokenizer();
            return new TokenStreamComponents(source, new WordPartFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source))));
        }
    }
}

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

    /** The surface forms of a text, in order: what the browser computes from a query. */
    public List<String> surfaces(String text) {
        List<String> out = new ArrayList<>();
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
        return out;
    }

    /** The stem of a surface form, or null for a stop word. */
    public String stem(String surface) {
        if (STOP_WORDS.contains(surface)) {
            return null;
        }
        return stems.computeIfAbsent(surface, this::kstem);
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

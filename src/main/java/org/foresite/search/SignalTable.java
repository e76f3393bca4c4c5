package org.foresite.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.foresite.link.SignalSource;
import org.foresite.model.Signal;

/**
 * Every signal of the knowledge base as one table, and what the signals explorer does with it: the row order
 * (articles newest first, each article's signals as written), sorting by a column, filtering by theme and by words.
 * This is the definition; the explorer's data files are computed from it, and tests compare the browser's views
 * with {@link #view}.
 */
public final class SignalTable {
    /** Words shorter than this must match a whole word of a signal; longer ones match the words they begin. */
    public static final int MIN_PREFIX = 3;

    /** The columns a reader can sort by, with the name the explorer's URL uses. */
    public enum Column {
        ARTICLE("article", row -> row.article().title()),
        SIGNAL("signal", row -> row.signal().name()),
        CHANGE("change", row -> row.signal().change()),
        HORIZON("horizon", row -> row.signal().horizon()),
        FORCE("force", row -> row.signal().drivingForce()),
        RELEVANCY("relevancy", row -> row.signal().relevancy());

        private final String key;
        private final Function<Row, String> value;

        Column(String key, Function<Row, String> value) {
            this.key = key;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public String value(Row row) {
            return value.apply(row);
        }

        public static Column of(String key) {
            for (Column c : values()) {
                if (c.key.equals(key)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("no signal column '" + key + "'");
        }
    }

    /** One signal: its number in the row order, its article (and that article's number, newest first). */
    public record Row(int ordinal, int articleNumber, SignalSource.SignalArticle article, Signal signal) {
    }

    private final List<Row> rows;
    private final TextAnalysis analysis = new TextAnalysis();

    private SignalTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static SignalTable of(SignalSource source) {
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < source.articles().size(); a++) {
            SignalSource.SignalArticle article = source.articles().get(a);
            for (Signal s : article.signals()) {
                rows.add(new Row(rows.size(), a, article, s));
            }
        }
        return new SignalTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Each row's value in a column as a rank among the column's distinct values: 0 for an empty value, then 1, 2…
     * in ascending order of values compared without regard to case, accents and leading punctuation (relevancy as
     * a number where it is one). Equal values share a rank. Indexed by ordinal.
     */
    public int[] ranks(Column column) {
        Comparable<?>[] keys = keys(column);
        // The distinct values sorted once, not every row: signals repeat their horizons and driving forces.
        Map<Comparable<?>, Integer> ranked = new HashMap<>();
        for (Comparable<?> key : keys) {
            if (key != null) {
                ranked.put(key, 0);
            }
        }
        Comparable<?>[] distinct = ranked.keySet().toArray(new Comparable<?>[0]);
        java.util.Arrays.sort(distinct, SignalTable::compare);
        for (int i = 0; i < distinct.length; i++) {
            ranked.put(distinct[i], i + 1);
        }
        int[] ranks = new int[rows.size()];
        for (int o = 0; o < keys.length; o++) {
            ranks[o] = keys[o] == null ? 0 : ranked.get(keys[o]);
        }
        return ranks;
    }

    /**
     * The ordinals of all rows sorted by a column, as {@link #view} sorts them: by rank (ascending or descending),
     * equal ranks in row order, empty (rank 0) last. A counting sort: ranks are small numbers, and rows come in
     * ordinal order.
     */
    public static int[] sorted(int[] ranks, boolean descending) {
        int max = 0;
        for (int r : ranks) {
            max = Math.max(max, r);
        }
        int[] starts = new int[max + 2];
        for (int r : ranks) {
            starts[slot(r, max, descending) + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        int[] order = new int[ranks.length];
        for (int o = 0; o < ranks.length; o++) {
            order[starts[slot(ranks[o], max, descending)]++] = o;
        }
        return order;
    }

    /** Where the rows of a rank go: ranks in the order asked, empty values after all of them. */
    private static int slot(int rank, int max, boolean descending) {
        return rank == 0 ? max : descending ? max - rank : rank - 1;
    }

    /**
     * The rows a reader sees, all pages of them, straight from the definition: those of articles carrying the theme
     * ({@code themeKey} null for all), containing every word of {@code text} (words as the search index cuts them,
     * stop words ignored; from {@value #MIN_PREFIX} letters on, a word matches the words it begins), sorted by
     * {@code column} (null for row order): by value, equal values in row order, empty values last.
     */
    public List<Row> view(String themeKey, String text, Column column, boolean descending) {
        List<String> words = queryWords(text == null ? "" : text);
        List<Row> out = new ArrayList<>();
        for (Row row : rows) {
            if (themeKey != null && !row.article().themeKeys().contains(themeKey)) {
                continue;
            }
            if (!words.isEmpty()) {
                Set<String> rowWords = words(row);
                if (!words.stream().allMatch(w -> rowWords.stream().anyMatch(r -> matches(w, r)))) {
                    continue;
                }
            }
            out.add(row);
        }
        if (column == null) {
            return out;
        }
        Comparable<?>[] keys = keys(column);
        Comparator<Row> byValue = (a, b) -> compare(keys[a.ordinal()], keys[b.ordinal()]);
        out.sort(Comparator.comparing((Row r) -> keys[r.ordinal()] == null)
                .thenComparing((a, b) -> keys[a.ordinal()] == null || keys[b.ordinal()] == null ? 0
                        : descending ? byValue.compare(b, a) : byValue.compare(a, b))
                .thenComparingInt(Row::ordinal));
        return out;
    }

    private Comparable<?>[] keys(Column column) {
        Comparable<?>[] keys = new Comparable<?>[rows.size()];
        for (Row row : rows) {
            keys[row.ordinal()] = sortKey(column, column.value(row));
        }
        return keys;
    }

    /** The words a text filter is made of: the search index's surface forms, stop words left out, each once. */
    public List<String> queryWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : analysis.surfaces(text)) {
            if (!TextAnalysis.STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }

    /** Whether a query word matches a word of a row. */
    public static boolean matches(String queryWord, String rowWord) {
        return queryWord.codePointCount(0, queryWord.length()) >= MIN_PREFIX ? rowWord.startsWith(queryWord)
                : rowWord.equals(queryWord);
    }

    /** The distinct words of a row: its signal's cells and its article's title, stop words left out. */
    public Set<String> words(Row row) {
        Signal s = row.signal();
        Set<String> words = new HashSet<>();
        for (String cell : new String[] {s.name(), s.description(), s.change(), s.horizon(), s.drivingForce(),
            s.relevancy(), row.article().title()}) {
            for (String w : analysis.surfaces(cell)) {
                if (!TextAnalysis.STOP_WORDS.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    /** A number for a relevancy that is one, else the text folded for comparison; null when empty. */
    private static Comparable<?> sortKey(Column column, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (column == Column.RELEVANCY && isNumber(v)) {
            return Integer.valueOf(v);
        }
        return fold(v);
    }

    /** One to nine ASCII digits. */
    private static boolean isNumber(String v) {
        if (v.isEmpty() || v.length() > 9) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b) {
        if (a.getClass() != b.getClass()) {
            return a instanceof Integer ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Lowercase, accents removed, leading punctuation (quotes, list marks) skipped. */
    static String fold(String text) {
        int start = 0;
        while (start < text.length() && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        String rest = start < text.length() ? text.substring(start) : text;
        boolean ascii = true;
        for (int i = 0; i < rest.length() && ascii; i++) {
            ascii = rest.charAt(i) < 128;
        }
        if (ascii) {
            return rest.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(rest, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !TextAnalysis.isMark(cp)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The ordinals of a view, for comparisons. */
    public static int[] ordinals(List<Row> view) {
        return view.stream().mapToInt(Row::ordinal).toArray();
    }
}

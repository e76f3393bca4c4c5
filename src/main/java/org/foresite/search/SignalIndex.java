package org.foresite.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.foresite.link.SignalSource;
import org.foresite.link.UrlScheme;
import org.foresite.search.SignalTable.Column;
import org.foresite.search.SignalTable.Row;

/**
 * The signals explorer's data, in small files loaded as a view needs them (all under {@link UrlScheme#SIGNALS_DATA}):
 * <ul>
 *   <li>{@code meta}: counts, sizes, each column's filled count, a menu of the themes with the most signals, and
 *       where the theme and word files start;</li>
 *   <li>{@code rows/<n>}: the signals, {@value #BLOCK} to a file in row order, with their articles;</li>
 *   <li>{@code order/<column>/<n>} and {@code order/<column>-desc/<n>}: the rows sorted by each column, ascending and
 *       descending ({@value #CHUNK} row numbers a file), for sorted views of all signals;</li>
 *   <li>{@code ranks/<column>/<n>}: each row's value rank in the column ({@link SignalTable#ranks}), for sorting the
 *       rows a text filter chose;</li>
 *   <li>{@code themes/<n>}: by theme slug, the theme's rows and their value ranks among themselves in each column;</li>
 *   <li>{@code words/<n>}: by word, the rows that contain it.</li>
 * </ul>
 * Every order is {@link SignalTable}'s; the browser only merges, slices and looks up, so its views are the
 * definition's whatever it loads.
 */
public final class SignalIndex {
    public static final String CALLBACK = "foresiteSignals";
    static final int BLOCK = 16;
    static final int CHUNK = 4096;
    static final int SHARD_BYTES = 48 * 1024;
    static final int MENU_THEMES = 100;

    private SignalIndex() {
    }

    /**
     * Makes the files, handing each to {@code place} (site path, bytes) as soon as it is made, in a stable order, the
     * meta file last: at 30,000 articles they are about 100 MB, too much to hold whole beside the rest of a build.
     * {@code pageSize} is how many rows one page of the explorer shows.
     */
    public static void build(SignalSource source, int pageSize, BiConsumer<String, byte[]> place) {
        SignalTable table = SignalTable.of(source);
        List<Row> rows = table.rows();
        int n = rows.size();

        Map<String, String> themeNames = new HashMap<>();
        source.themes().forEach(t -> themeNames.put(t.key(), t.display()));
        for (int from = 0; from < n; from += BLOCK) {
            place.accept(path("rows/" + from / BLOCK), script("rows/" + from / BLOCK,
                    block(rows.subList(from, Math.min(n, from + BLOCK)), themeNames)));
        }

        Column[] columns = Column.values();
        int[][] ranks = new int[columns.length][];
        for (Column c : columns) {
            int[] r = table.ranks(c);
            ranks[c.ordinal()] = r;
            for (boolean descending : new boolean[] {false, true}) {
                int[] order = SignalTable.sorted(r, descending);
                for (int from = 0; from < n; from += CHUNK) {
                    String k = c.key() + (descending ? "-desc/" : "/") + from / CHUNK;
                    place.accept(path("order/" + k), script("order/" + k, Postings.encodeNumbers(order, from, Math.min(n, from + CHUNK))));
                }
            }
            for (int from = 0; from < n; from += CHUNK) {
                String k = c.key() + "/" + from / CHUNK;
                place.accept(path("ranks/" + k), script("ranks/" + k, Postings.encodeNumbers(r, from, Math.min(n, from + CHUNK))));
            }
        }

        // Themes: each theme's rows, and each row's value rank among the theme's rows in every column.
        Map<String, List<Integer>> members = new HashMap<>();
        for (Row row : rows) {
            row.article().themeKeys().forEach(key -> members.computeIfAbsent(key, k -> new ArrayList<>()).add(row.ordinal()));
        }
        TreeMap<String, List<Object>> themes = new TreeMap<>();
        List<SignalSource.ThemeRef> withSignals = new ArrayList<>();
        for (SignalSource.ThemeRef t : source.themes()) {
            List<Integer> ords = members.get(t.key());
            if (ords == null) {
                continue;
            }
            withSignals.add(t);
            int[] ordinals = ords.stream().mapToInt(Integer::intValue).toArray();
            List<String> local = new ArrayList<>();
            for (Column c : columns) {
                local.add(Postings.encodeNumbers(localRanks(ranks[c.ordinal()], ordinals), 0, ordinals.length));
            }
            themes.put(t.slug(), List.of(t.display(), Postings.encodeDocs(ordinals), local));
        }
        List<String> themeStarts = new ArrayList<>();
        for (SortedShards.Shard<List<Object>> shard : SortedShards.cut(themes, SignalIndex::entryBytes, SHARD_BYTES,
                themeStarts)) {
            place.accept(path("themes/" + shard.number()), script("themes/" + shard.number(), shard.entries()));
        }

        // Words: the rows containing each word. Rows are analysed a chunk at a time, on all cores, and their words
        // go straight into growing arrays of row numbers: a set of words per row for all rows would not fit a
        // modest heap at tens of thousands of articles.
        Map<String, RowList> postings = new HashMap<>();
        for (int from = 0; from < n; from += CHUNK) {
            List<Set<String>> chunk = rows.subList(from, Math.min(n, from + CHUNK)).parallelStream().map(table::words).toList();
            for (int i = 0; i < chunk.size(); i++) {
                for (String w : chunk.get(i)) {
                    postings.computeIfAbsent(w, k -> new RowList()).add(from + i);
                }
            }
        }
        TreeMap<String, String> words = new TreeMap<>();
        postings.forEach((w, list) -> words.put(w, Postings.encodeDocs(list.toArray())));
        postings.clear();
        List<String> wordStarts = new ArrayList<>();
        for (SortedShards.Shard<String> shard : SortedShards.cut(words, String::length, SHARD_BYTES, wordStarts)) {
            place.accept(path("words/" + shard.number()), script("words/" + shard.number(), shard.entries()));
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("count", n);
        meta.put("articles", (int) rows.stream().map(Row::articleNumber).distinct().count());
        meta.put("pageSize", pageSize);
        meta.put("block", BLOCK);
        meta.put("chunk", CHUNK);
        meta.put("columns", java.util.Arrays.stream(columns).map(Column::key).toList());
        meta.put("themes", menu(withSignals, members));
        meta.put("themeCount", withSignals.size());
        meta.put("themeStarts", themeStarts);
        meta.put("wordStarts", wordStarts);
        meta.put("minPrefix", SignalTable.MIN_PREFIX);
        List<String> texts = new ArrayList<>();
        for (Row row : rows) {
            var sig = row.signal();
            texts.add(String.join("\n", row.article().title(), sig.name(), sig.description(), sig.change(),
                    sig.horizon(), sig.drivingForce(), sig.relevancy()));
        }
        meta.putAll(SearchIndexBuilder.analysis(texts));
        place.accept(path("meta"), script("meta", meta));
    }

    /** Row numbers in the order added, in a plain growing array. */
    private static final class RowList {
        private int[] rows = new int[4];
        private int size;

        void add(int row) {
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(rows, size);
        }
    }

    /** The ranks of some rows renumbered 1, 2… among themselves (0, empty, stays 0): the same order, smaller numbers. */
    static int[] localRanks(int[] ranks, int[] ordinals) {
        int[] distinct = new int[ordinals.length];
        int count = 0;
        for (int o : ordinals) {
            if (ranks[o] > 0) {
                distinct[count++] = ranks[o];
            }
        }
        java.util.Arrays.sort(distinct, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || distinct[unique - 1] != distinct[i]) {
                distinct[unique++] = distinct[i];
            }
        }
        int[] out = new int[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            int r = ranks[ordinals[i]];
            out[i] = r == 0 ? 0 : java.util.Arrays.binarySearch(distinct, 0, unique, r) + 1;
        }
        return out;
    }

    /** The themes with the most signals, A–Z: [slug, name, signal count]. */
    private static List<Object> menu(List<SignalSource.ThemeRef> themes, Map<String, List<Integer>> members) {
        Map<SignalSource.ThemeRef, Integer> alphabetical = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) {
            alphabetical.put(themes.get(i), i);
        }
        return themes.stream()
                .sorted(Comparator.comparingInt((SignalSource.ThemeRef t) -> -members.get(t.key()).size())
                        .thenComparing(alphabetical::get))
                .limit(MENU_THEMES).sorted(Comparator.comparing(alphabetical::get))
                .map(t -> (Object) List.of(t.slug(), t.display(), members.get(t.key()).size()))
                .toList();
    }

    /** Rows of one file: [article (index into articles), signal, description, change, horizon, force, relevancy]. */
    private static Map<String, Object> block(List<Row> rows, Map<String, String> themeNames) {
        Map<SignalSource.SignalArticle, Integer> index = new java.util.IdentityHashMap<>();
        List<SignalSource.SignalArticle> order = new ArrayList<>();
        List<Object> out = new ArrayList<>();
        for (Row row : rows) {
            int a = index.computeIfAbsent(row.article(), k -> {
                order.add(k);
                return order.size() - 1;
            });
            var s = row.signal();
            out.add(List.of(a, s.name(), s.description(), s.change(), s.horizon(), s.drivingForce(), s.relevancy()));
        }
        List<Object> articles = new ArrayList<>();
        for (SignalSource.SignalArticle a : order) {
            articles.add(List.of(a.title(), a.path(), a.date() == null ? "" : a.date().toString(),
                    a.themeKeys().stream().map(themeNames::get).toList()));
        }
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("articles", articles);
        block.put("rows", out);
        return block;
    }

    private static int entryBytes(List<Object> entry) {
        int bytes = 8;
        for (Object o : entry) {
            bytes += o.toString().length() + 3;
        }
        return bytes;
    }

    private static String path(String id) {
        return UrlScheme.SIGNALS_DATA + id + ".js";
    }

    private static byte[] script(String id, Object payload) {
        return IndexFiles.scriptOf(CALLBACK, id, IndexFiles.json(payload));
    }
}

package org.foresite.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.foresite.link.Input;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;

/**
 * What the filter box of a term index looks terms up in, whichever page of the A–Z list it is on: every term
 * under each word of its name (words cut as the search index cuts them, stop words left out; a word in very many
 * terms lists its {@value #PER_WORD} most used), in files sorted by word ({@link UrlScheme#finder}). An entry is
 * [name, link from the index pages, article count, A–Z rank].
 */
public final class TermFinder {
    public static final String CALLBACK = "foresiteTerms";
    static final int SHARD_BYTES = 32 * 1024;
    /** The most terms listed under one word. */
    static final int PER_WORD = 300;

    private TermFinder() {
    }

    /** The finder's files of one kind of terms, from every term of the kind A–Z. */
    public static Map<String, byte[]> build(TermKind kind, List<Input.IndexedTerm> terms) {
        TextAnalysis analysis = new TextAnalysis();
        Map<String, byte[]> files = new LinkedHashMap<>();
        String dir = UrlScheme.finder(kind);
        String from = UrlScheme.termIndex(kind, 1);
        TreeMap<String, List<List<Object>>> byWord = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (Input.IndexedTerm t : terms) {
            names.add(t.display());
            List<Object> entry = List.of(t.display(), UrlScheme.href(from, t.path()), t.count(), t.rank());
            Set<String> words = new LinkedHashSet<>(analysis.surfaces(t.display()));
            for (String w : words) {
                if (!TextAnalysis.STOP_WORDS.contains(w)) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(entry);
                }
            }
        }
        // A word in thousands of terms ("ai", "technology") keeps its most used ones: a file stays small at any
        // size, and a reader who wants the others types one more word.
        byWord.replaceAll((w, entries) -> entries.size() <= PER_WORD ? entries : entries.stream()
                .sorted(java.util.Comparator.comparingInt((List<Object> e) -> -(Integer) e.get(2))
                        .thenComparingInt(e -> (Integer) e.get(3)))
                .limit(PER_WORD).toList());
        List<String> starts = new ArrayList<>();
        Map<String, byte[]> shards = new LinkedHashMap<>();
        for (SortedShards.Shard<List<List<Object>>> shard : SortedShards.cut(byWord,
                entries -> entries.stream().mapToInt(e -> e.get(0).toString().length() * 2 + 16).sum(),
                SHARD_BYTES, starts)) {
            shards.put(dir + shard.number() + ".js", script(String.valueOf(shard.number()), shard.entries()));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("count", terms.size());
        manifest.put("starts", starts);
        manifest.put("perWord", PER_WORD);
        manifest.putAll(SearchIndexBuilder.analysis(names));
        files.put(dir + "manifest.js", script("manifest", manifest));
        files.putAll(shards);
        return files;
    }

    private static byte[] script(String id, Object payload) {
        return IndexFiles.scriptOf(CALLBACK, id, IndexFiles.json(payload));
    }
}

package org.foresite.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.util.SmallFloat;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.PlainText;
import org.foresite.model.Term;
import org.foresite.model.TermKey;

/**
 * Builds the sharded search index. Scores are Lucene's BM25 (k1 = 1.2, b = 0.75, lengths quantised the way
 * Lucene stores norms), computed per field with the field's boost and summed per (stem, article), so that a
 * query's score is the sum of its stems' precomputed weights: what a Lucene query of SHOULD clauses over every
 * field would give. Documents are numbered in the site's newest-first order, which also breaks score ties.
 */
public final class SearchIndexBuilder {
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    /** Weights are stored as integers in thousandths. */
    static final int WEIGHT_SCALE = 1000;
    /** A term shard is closed once it holds this many bytes (a single large posting list may exceed it). */
    static final int SHARD_BYTES = 12 * 1024;
    static final int FACET_SHARD_BYTES = 12 * 1024;
    static final int SNIPPET_CHARS = 400;

    private static final int[][] FOLD_RANGES = {{0x80, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x1E00, 0x1EFF},
        {0x2000, 0x206F}, {0x2100, 0x214F}, {0xFB00, 0xFB06}};

    private final TextAnalysis analysis = new TextAnalysis();
    /**
     * The last build's analysed text by article id, reused for the very same article object: a builder kept alive
     * between builds (as {@code serve} keeps it) analyses only the articles that changed.
     */
    private Map<String, Analysed> lastAnalysed = Map.of();

    private record Analysed(Article article, DocTerms terms, String resultJson) {
    }

    /** The index files by site path, in a stable order. */
    public Map<String, byte[]> build(KnowledgeBase kb, UrlScheme urls) {
        List<Article> docs = kb.articles();
        SearchField[] fields = SearchField.values();
        int n = docs.size();

        // Pass 1: surface forms, field lengths and document frequencies.
        Map<String, Analysed> previous = lastAnalysed;
        List<Analysed> analysedDocs = IntStream.range(0, n).parallel().mapToObj(d -> {
            Article a = docs.get(d);
            Analysed last = previous.get(a.id());
            return last != null && last.article() == a ? last
                    : new Analysed(a, docTerms(a, fields), IndexFiles.json(docData(a, urls)));
        }).toList();
        List<DocTerms> termFreqs = analysedDocs.stream().map(Analysed::terms).toList();
        Map<String, Analysed> analysed = new HashMap<>(n * 2);
        analysedDocs.forEach(a -> analysed.put(a.article().id(), a));
        lastAnalysed = analysed;
        // Merged in hash maps, sorted once: millions of sorted-map insertions cost seconds at 30,000 articles.
        Map<String, String> vocabulary = new HashMap<>();
        java.util.Set<Integer> seenCodePoints = new java.util.HashSet<>();
        for (DocTerms terms : termFreqs) {
            vocabulary.putAll(terms.stems());
            seenCodePoints.addAll(terms.codePoints());
        }
        Map<String, String> stemOf = new TreeMap<>(vocabulary);
        TreeSet<Integer> codePoints = new TreeSet<>(seenCodePoints);
        int[][] lengths = new int[fields.length][n];
        long[] totalLength = new long[fields.length];
        int[] docCount = new int[fields.length];
        Map<String, int[]> docFreq = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (Map.Entry<String, int[]> e : termFreqs.get(d).tf().entrySet()) {
                int[] tf = e.getValue();
                int[] df = docFreq.computeIfAbsent(e.getKey(), k -> new int[fields.length]);
                for (int f = 0; f < fields.length; f++) {
                    if (tf[f] > 0) {
                        df[f]++;
                        lengths[f][d] += tf[f];
                    }
                }
            }
            for (int f = 0; f < fields.length; f++) {
                if (lengths[f][d] > 0) {
                    docCount[f]++;
                    totalLength[f] += lengths[f][d];
                }
            }
        }

        // Pass 2: BM25 weights, appended to each stem's postings in document order.
        float[][] normInverse = new float[fields.length][256];
        for (int f = 0; f < fields.length; f++) {
            float avgdl = docCount[f] == 0 ? 1f : (float) (totalLength[f] / (double) docCount[f]);
            for (int i = 0; i < 256; i++) {
                normInverse[f][i] = 1f / (K1 * ((1 - B) + B * SmallFloat.byte4ToInt((byte) i) / avgdl));
            }
        }
        // Field weights (boost × idf) depend on the stem only: computed once per stem, not per posting.
        Map<String, float[]> fieldWeights = new HashMap<>(docFreq.size() * 2);
        docFreq.forEach((stem, df) -> {
            float[] w = new float[fields.length];
            for (int f = 0; f < fields.length; f++) {
                if (df[f] > 0) {
                    w[f] = fields[f].boost() * (float) Math.log(1 + (docCount[f] - df[f] + 0.5D) / (df[f] + 0.5D));
                }
            }
            fieldWeights.put(stem, w);
        });
        int[][] norms = new int[fields.length][n];
        for (int f = 0; f < fields.length; f++) {
            for (int d = 0; d < n; d++) {
                norms[f][d] = SmallFloat.intToByte4(lengths[f][d]) & 0xFF;
            }
        }
        // Scores per document in parallel; appended to the postings in document order by one thread.
        List<Map<String, Integer>> scored = IntStream.range(0, n).parallel().mapToObj(d -> {
            Map<String, Integer> weights = new HashMap<>();
            termFreqs.get(d).tf().forEach((stem, tf) -> {
                float[] w = fieldWeights.get(stem);
                double score = 0;
                for (int f = 0; f < fields.length; f++) {
                    if (tf[f] > 0) {
                        score += w[f] - w[f] / (1f + tf[f] * normInverse[f][norms[f][d]]);
                    }
                }
                weights.put(stem, Math.round((float) score * WEIGHT_SCALE));
            });
            return weights;
        }).toList();
        Map<String, Postings> postings = new HashMap<>(docFreq.size() * 2);
        for (int d = 0; d < n; d++) {
            int doc = d;
            scored.get(d).forEach((stem, weight) -> postings.computeIfAbsent(stem, k -> new Postings()).add(doc, weight));
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> shardStarts = termShards(stemOf, postings, files);
        List<String> facetStarts = facetShards(kb, docs, files);
        for (int d = 0; d < n; d++) {
            files.put(IndexFiles.path("docs/" + d), IndexFiles.scriptOf("docs/" + d, analysedDocs.get(d).resultJson()));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("docs", n);
        manifest.put("terms", shardStarts);
        manifest.put("facets", facetStarts);
        manifest.put("stop", new TreeSet<>(TextAnalysis.STOP_WORDS.stream().map(o -> new String((char[]) o)).toList()));
        manifest.put("fold", foldTable(codePoints));
        manifest.put("maxWord", TextAnalysis.MAX_WORD_LENGTH);
        manifest.put("scale", WEIGHT_SCALE);
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(IndexFiles.path(IndexFiles.MANIFEST), IndexFiles.script(IndexFiles.MANIFEST, manifest));
        ordered.putAll(files);
        return ordered;
    }

    /**
     * One article's term frequencies per stem and field, the stems of its surface forms (stop words left out),
     * and the non-ASCII code points of its text (for the browser's folding table).
     */
    private record DocTerms(Map<String, int[]> tf, Map<String, String> stems, java.util.Set<Integer> codePoints) {
    }

    private DocTerms docTerms(Article article, SearchField[] fields) {
        Map<String, int[]> tfs = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        java.util.Set<Integer> codePoints = new java.util.HashSet<>();
        for (SearchField field : fields) {
            String text = field.text(article);
            text.codePoints().filter(cp -> cp >= 0x80 && !codePoints.contains(cp)).forEach(cp -> {
                // The browser looks characters up after NFKC, so the table needs what NFKC makes of them.
                TextAnalysis.nfkc(new String(Character.toChars(cp))).codePoints().filter(c -> c >= 0x80)
                        .forEach(codePoints::add);
            });
            for (String surface : analysis.surfaces(text)) {
                String stem = stems.get(surface);
                if (stem == null) {
                    stem = analysis.stem(surface);
                    if (stem == null) {
                        continue;
                    }
                    stems.put(surface, stem);
                }
                tfs.computeIfAbsent(stem, s -> new int[fields.length])[field.ordinal()]++;
            }
        }
        return new DocTerms(tfs, stems, codePoints);
    }

    /**
     * Term shards: surface forms in sorted order, each shard covering a contiguous range and holding the
     * postings of every stem its forms map to. The manifest lists each shard's first form.
     */
    private static List<String> termShards(Map<String, String> stemOf, Map<String, Postings> postings,
            Map<String, byte[]> files) {
        Map<String, List<String>> formsOfStem = new HashMap<>();
        stemOf.forEach((surface, stem) -> formsOfStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(surface));
        List<String> starts = new ArrayList<>();
        Map<String, Integer> forms = new LinkedHashMap<>();
        Map<String, Integer> stemIndex = new LinkedHashMap<>();
        List<List<Object>> stems = new ArrayList<>();
        int bytes = 0;
        String first = null;
        String previousLast = "";
        for (Map.Entry<String, String> e : stemOf.entrySet()) {
            String surface = e.getKey();
            String stem = e.getValue();
            if (first == null) {
                first = surface;
            }
            Integer index = stemIndex.get(stem);
            if (index == null) {
                index = stems.size();
                stemIndex.put(stem, index);
                String encoded = postings.get(stem).encode();
                // Every form of the stem, so that results can highlight "regulations" for "regulation"
                // even when the two forms fall in different shards.
                List<String> allForms = formsOfStem.get(stem);
                stems.add(List.of(stem, encoded, allForms));
                bytes += stem.length() + encoded.length() + 8 + allForms.stream().mapToInt(f -> f.length() + 3).sum();
            }
            forms.put(surface, index);
            bytes += surface.length() + 6;
            if (bytes >= SHARD_BYTES) {
                writeTermShard(starts, starts.isEmpty() ? "" : shortestStart(previousLast, first), forms, stems, files);
                previousLast = surface;
                forms = new LinkedHashMap<>();
                stemIndex = new LinkedHashMap<>();
                stems = new ArrayList<>();
                bytes = 0;
                first = null;
            }
        }
        if (first != null) {
            writeTermShard(starts, starts.isEmpty() ? "" : shortestStart(previousLast, first), forms, stems, files);
        }
        return starts;
    }

    private static void writeTermShard(List<String> starts, String start, Map<String, Integer> forms,
            List<List<Object>> stems, Map<String, byte[]> files) {
        String id = "terms/" + starts.size();
        starts.add(start);
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("forms", forms);
        shard.put("stems", stems);
        files.put(IndexFiles.path(id), IndexFiles.script(id, shard));
    }

    /**
     * The shortest prefix of {@code first} that still sorts after {@code previous}: shard i covers the forms from
     * its start up to the next shard's start, so any such boundary works, and short ones keep the manifest small.
     */
    static String shortestStart(String previous, String first) {
        for (int n = 1; n < first.length(); n++) {
            String prefix = first.substring(0, n);
            if (prefix.compareTo(previous) > 0) {
                return prefix;
            }
        }
        return first;
    }

    /** Theme filter lists: for each theme key, its display name and the documents that carry it. */
    private static List<String> facetShards(KnowledgeBase kb, List<Article> docs, Map<String, byte[]> files) {
        Map<String, Integer> docNumber = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            docNumber.put(docs.get(d).id(), d);
        }
        TreeMap<String, Term> byKey = new TreeMap<>();
        kb.themes().forEach(t -> byKey.put(t.key(), t));
        List<String> starts = new ArrayList<>();
        Map<String, List<String>> shard = new LinkedHashMap<>();
        int bytes = 0;
        String first = null;
        for (Term t : byKey.values()) {
            int[] ds = t.articleIds().stream().mapToInt(docNumber::get).sorted().toArray();
            String encoded = Postings.encodeDocs(ds);
            if (first == null) {
                first = t.key();
            }
            shard.put(t.key(), List.of(t.display(), encoded));
            bytes += t.key().length() + t.display().length() + encoded.length() + 10;
            if (bytes >= FACET_SHARD_BYTES) {
                writeFacetShard(starts, first, shard, files);
                shard = new LinkedHashMap<>();
                bytes = 0;
                first = null;
            }
        }
        if (first != null) {
            writeFacetShard(starts, first, shard, files);
        }
        return starts;
    }

    private static void writeFacetShard(List<String> starts, String first, Map<String, List<String>> shard,
            Map<String, byte[]> files) {
        String id = "facets/" + starts.size();
        starts.add(first);
        files.put(IndexFiles.path(id), IndexFiles.script(id, shard));
    }

    /** What a result shows: title, page, issue date, themes (display and filter key) and the summary. */
    private static Map<String, Object> docData(Article a, UrlScheme urls) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", a.title());
        doc.put("url", urls.article(a.id()));
        doc.put("date", a.origin() == null || a.origin().date() == null ? "" : a.origin().date().toString());
        doc.put("themes", a.themes().stream().map(t -> List.of(TermKey.tidy(t), TermKey.of(t))).toList());
        doc.put("summary", PlainText.cut(PlainText.of(a.summary()), SNIPPET_CHARS));
        return doc;
    }

    /**
     * What search.js does with a character that is not in the folding table: lowercase it, and reduce a Latin
     * letter with diacritics to its base letter. The table lists only the characters where Lucene differs.
     */
    static String browserDefaultFold(String ch) {
        String lower = ch.toLowerCase(Locale.ROOT);
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD);
        if (decomposed.length() > 1 && decomposed.charAt(0) < 128
                && decomposed.substring(1).codePoints().allMatch(TextAnalysis::isMark)) {
            return decomposed.substring(0, 1);
        }
        return lower;
    }

    /** Folding of every code point in the Latin, Greek, Cyrillic and punctuation blocks and in the corpus. */
    private static Map<String, String> foldTable(TreeSet<Integer> corpusCodePoints) {
        TreeSet<Integer> all = new TreeSet<>(corpusCodePoints);
        for (int[] range : FOLD_RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                all.add(cp);
            }
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (int cp : all) {
            if (!Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String ch = new String(Character.toChars(cp));
            String folded = TextAnalysis.fold(cp);
            if (!folded.equals(browserDefaultFold(ch))) {
                table.put(ch, folded);
            }
        }
        return table;
    }
}

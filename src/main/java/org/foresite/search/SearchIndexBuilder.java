package org.foresite.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.apache.lucene.util.SmallFloat;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.UrlScheme;
import org.foresite.model.Topic;
import org.foresite.model.Article;
import org.foresite.text.PlainText;
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
    /** Steps per doubling of the average field length ({@link #steadyAverage}). */
    static final int AVERAGE_STEPS = 64;

    private static final int[][] FOLD_RANGES = {{0x80, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x1E00, 0x1EFF},
        {0x2000, 0x206F}, {0x2100, 0x214F}, {0xFB00, 0xFB06}};

    private final TextAnalysis analysis = new TextAnalysis();
    /**
     * One string per word across every analysis this builder makes. Analyses are kept for the whole build (and
     * between builds): with a string of its own for each word of each document, 30,000 documents held ten million
     * strings and did not fit in a 1 GB heap.
     */
    private final Map<String, String> spellings = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Every surface form and stem met so far, each once: documents refer to these objects instead of holding
     * strings of their own, which keeps tens of thousands of analysed documents in a modest heap.
     */
    private record Words(Map<String, Word> surfaces, Map<String, Word> stems) {
        Words() {
            this(new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>());
        }
    }
    /**
     * One article's analysed text, as plain data that can be kept between builds (in the seed store beside the
     * site): its distinct stems with their frequency in each field ({@code fieldCounts}, see {@link #fieldCounts}),
     * its distinct surface forms (stop words left out) each with the index of its stem, the
     * non-ASCII code points of its text (for the browser's folding table), and what a search result shows of it.
     */
    public record Analysis(String[] stems, char[] fieldCounts, String[] surfaces, int[] surfaceStems, int[] codePoints,
            String resultJson) {
    }

    private record Analysed(Article article, DocTerms terms, String resultJson) {
    }

    /**
     * A surface form with its stem, or a stem (whose stem is itself). {@code slot} numbers the stems within one
     * build; builds by one builder run one at a time.
     */
    private static final class Word {
        final String text;
        final Word stem;
        int slot;

        Word(String text, Word stem) {
            this.text = text;
            this.stem = stem == null ? this : stem;
        }
    }

    /** The analysed text of an article: the costly part of indexing, done once per article version. */
    public Analysis analyse(Article article) {
        return analyse(article, UrlScheme.articlePage(article.id()), false);
    }

    /** The analysed text of a topic analysis, found at {@code url}. */
    private Analysis analyse(Article article, String url, boolean topic) {
        SearchField[] fields = SearchField.values();
        String[] texts = new String[fields.length];
        int length = 0;
        for (SearchField field : fields) {
            texts[field.ordinal()] = field.text(article);
            length += texts[field.ordinal()].length();
        }
        // Sized to hold one distinct word per 16 characters without growing (the real articles have one per 15 to
        // 38): grown step by step from 16 entries, the maps' resizing was a tenth of the analysis.
        Map<String, int[]> tfs = new LinkedHashMap<>(length / 12 + 16);
        Map<String, String> surfaces = new LinkedHashMap<>(length / 12 + 16);
        java.util.Set<Integer> codePoints = new TreeSet<>();
        String summary = texts[SearchField.SUMMARY.ordinal()];
        for (SearchField field : fields) {
            String text = texts[field.ordinal()];
            addCodePoints(text, codePoints);
            for (String surface : analysis.surfaces(text)) {
                String stem = surfaces.get(surface);
                if (stem == null) {
                    stem = analysis.stem(surface);
                    if (stem == null) {
                        continue;
                    }
                    stem = shared(stem);
                    surfaces.put(shared(surface), stem);
                }
                tfs.computeIfAbsent(stem, x -> new int[fields.length])[field.ordinal()]++;
            }
        }
        String[] stems = tfs.keySet().toArray(new String[0]);
        Map<String, Integer> stemIndex = new HashMap<>(stems.length * 4 / 3 + 1);
        for (int i = 0; i < stems.length; i++) {
            stemIndex.put(stems[i], i);
        }
        char[] counts = fieldCounts(java.util.Arrays.stream(stems).map(tfs::get).toList());
        String[] forms = surfaces.keySet().toArray(new String[0]);
        int[] formStems = new int[forms.length];
        for (int i = 0; i < forms.length; i++) {
            formStems[i] = stemIndex.get(surfaces.get(forms[i]));
        }
        return new Analysis(stems, counts, forms, formStems, codePoints.stream().mapToInt(Integer::intValue).toArray(),
                IndexFiles.json(docData(article, url, topic, summary)));
    }

    /**
     * Each stem's frequency in each field, packed: per stem a bit mask of the fields it occurs in, then its count in
     * each of those fields (at most 65,535). A stem occurs in one or two of the five fields; one int per field held
     * 165 MB at 30,000 articles, this holds about a fifth of it.
     */
    static char[] fieldCounts(List<int[]> perStem) {
        int size = 0;
        for (int[] row : perStem) {
            size++;
            for (int count : row) {
                size += count > 0 ? 1 : 0;
            }
        }
        char[] packed = new char[size];
        int at = 0;
        for (int[] row : perStem) {
            int maskAt = at++;
            int mask = 0;
            for (int f = 0; f < row.length; f++) {
                if (row[f] > 0) {
                    mask |= 1 << f;
                    packed[at++] = (char) Math.min(row[f], Character.MAX_VALUE);
                }
            }
            packed[maskAt] = (char) mask;
        }
        return packed;
    }

    private String shared(String word) {
        String known = spellings.putIfAbsent(word, word);
        return known == null ? word : known;
    }

    /**
     * Makes the index files of the articles and, after them, the topic analyses (found at {@code topicUrl}, analysed
     * here: there are few of them), handing each to {@code place} (site path, bytes) as soon as it is made: at 30,000
     * articles the index is about 200 MB, too much to hold whole beside the rest of a build in a 1 GB heap. The
     * order is stable; the manifest comes last. {@code analyses} gives each article's {@link Analysis} (kept from an
     * earlier build, or made now by {@link #analyse}).
     */
    public void build(List<Article> articles, List<Topic> topics, java.util.function.Function<Topic, String> topicUrl,
            List<Term> themes, java.util.function.Function<Article, Analysis> analyses, BiConsumer<String, byte[]> place) {
        List<Article> docs = new ArrayList<>(articles);
        Map<Article, Analysis> topicAnalyses = new java.util.IdentityHashMap<>();
        for (Topic t : topics) {
            Article doc = TopicDocument.of(t);
            docs.add(doc);
            topicAnalyses.put(doc, analyse(doc, topicUrl.apply(t), true));
        }
        index(docs, themes, d -> topicAnalyses.containsKey(d) ? topicAnalyses.get(d) : analyses.apply(d), place);
    }

    private void index(List<Article> docs, List<Term> themes, java.util.function.Function<Article, Analysis> analyses,
            BiConsumer<String, byte[]> place) {
        SearchField[] fields = SearchField.values();
        int nf = fields.length;
        int n = docs.size();

        // Pass 1: surface forms, field lengths and document frequencies.
        Words words = new Words();
        List<Analysed> analysedDocs = IntStream.range(0, n).parallel()
                .mapToObj(d -> analysed(docs.get(d), analyses.apply(docs.get(d)), words)).toList();

        // Surface forms in sorted order (what the shards are cut along), and the stems numbered.
        java.util.Set<Integer> seenCodePoints = new java.util.HashSet<>();
        for (Analysed a : analysedDocs) {
            for (int cp : a.terms().codePoints()) {
                seenCodePoints.add(cp);
            }
        }
        List<Word> surfaces = new ArrayList<>(words.surfaces().values());
        surfaces.sort(java.util.Comparator.comparing(w -> w.text));
        TreeSet<Integer> codePoints = new TreeSet<>(seenCodePoints);
        List<Word> stems = new ArrayList<>();
        for (Analysed a : analysedDocs) {
            for (Word stem : a.terms().stems()) {
                stem.slot = -1;
            }
        }
        for (Analysed a : analysedDocs) {
            for (Word stem : a.terms().stems()) {
                if (stem.slot < 0) {
                    stem.slot = stems.size();
                    stems.add(stem);
                }
            }
        }
        int ns = stems.size();
        int[][] lengths = new int[nf][n];
        long[] totalLength = new long[nf];
        int[] docCount = new int[nf];
        int[] docFreq = new int[ns * nf];
        int[] postingCount = new int[ns];
        for (int d = 0; d < n; d++) {
            DocTerms terms = analysedDocs.get(d).terms();
            Word[] docStems = terms.stems();
            char[] counts = terms.fieldCounts();
            int at = 0;
            for (int i = 0; i < docStems.length; i++) {
                int slot = docStems[i].slot;
                postingCount[slot]++;
                int mask = counts[at++];
                for (int f = 0; f < nf; f++) {
                    if ((mask & 1 << f) != 0) {
                        docFreq[slot * nf + f]++;
                        lengths[f][d] += counts[at++];
                    }
                }
            }
            for (int f = 0; f < nf; f++) {
                if (lengths[f][d] > 0) {
                    docCount[f]++;
                    totalLength[f] += lengths[f][d];
                }
            }
        }

        // Pass 2: BM25 weights, appended to each stem's postings in document order.
        float[][] normInverse = new float[nf][256];
        for (int f = 0; f < nf; f++) {
            float avgdl = docCount[f] == 0 ? 1f : steadyAverage(totalLength[f] / (double) docCount[f]);
            for (int i = 0; i < 256; i++) {
                normInverse[f][i] = 1f / (K1 * ((1 - B) + B * SmallFloat.byte4ToInt((byte) i) / avgdl));
            }
        }
        // Field weights (boost × idf) depend on the stem only: computed once per stem, not per posting.
        float[] fieldWeights = new float[ns * nf];
        for (int s = 0; s < ns; s++) {
            for (int f = 0; f < nf; f++) {
                int df = docFreq[s * nf + f];
                if (df > 0) {
                    fieldWeights[s * nf + f] = fields[f].boost()
                            * (float) Math.log(1 + (docCount[f] - df + 0.5D) / (df + 0.5D));
                }
            }
        }
        int[][] norms = new int[nf][n];
        for (int f = 0; f < nf; f++) {
            for (int d = 0; d < n; d++) {
                norms[f][d] = SmallFloat.intToByte4(lengths[f][d]) & 0xFF;
            }
        }
        // Postings of all stems in one pair of arrays, each stem's run starting at its offset.
        int[] offset = new int[ns + 1];
        for (int s = 0; s < ns; s++) {
            offset[s + 1] = offset[s] + postingCount[s];
        }
        int[] postingDocs = new int[offset[ns]];
        int[] postingWeights = new int[offset[ns]];
        int[] fill = java.util.Arrays.copyOf(offset, ns);
        for (int d = 0; d < n; d++) {
            DocTerms terms = analysedDocs.get(d).terms();
            Word[] docStems = terms.stems();
            char[] counts = terms.fieldCounts();
            int at = 0;
            for (int i = 0; i < docStems.length; i++) {
                int slot = docStems[i].slot;
                double score = 0;
                int mask = counts[at++];
                for (int f = 0; f < nf; f++) {
                    if ((mask & 1 << f) != 0) {
                        int tf = counts[at++];
                        float w = fieldWeights[slot * nf + f];
                        score += w - w / (1f + tf * normInverse[f][norms[f][d]]);
                    }
                }
                postingDocs[fill[slot]] = d;
                postingWeights[fill[slot]++] = Math.round((float) score * WEIGHT_SCALE);
            }
        }

        List<String> shardStarts = termShards(surfaces, offset, postingDocs, postingWeights, place);
        List<String> facetStarts = facetShards(themes, docs, place);
        for (int d = 0; d < n; d++) {
            place.accept(IndexFiles.path("docs/" + d), IndexFiles.scriptOf("docs/" + d, analysedDocs.get(d).resultJson()));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("docs", n);
        manifest.put("terms", shardStarts);
        manifest.put("facets", facetStarts);
        manifest.put("stop", stopWords());
        manifest.put("fold", foldTable(codePoints));
        manifest.put("maxWord", TextAnalysis.MAX_WORD_LENGTH);
        manifest.put("scale", WEIGHT_SCALE);
        place.accept(IndexFiles.path(IndexFiles.MANIFEST), IndexFiles.script(IndexFiles.MANIFEST, manifest));
    }

    /**
     * One article's analysed text with shared words: its distinct stems with their frequency in each field (packed
     * as {@link #fieldCounts} packs them) and the non-ASCII code points of its text. Its surface forms are only
     * gathered into the build's {@link Words}.
     */
    private record DocTerms(Word[] stems, char[] fieldCounts, int[] codePoints) {
    }

    /** An analysis with its words replaced by the build's shared word objects. */
    private static Analysed analysed(Article article, Analysis a, Words words) {
        Word[] stems = new Word[a.stems().length];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = words.stems().computeIfAbsent(a.stems()[i], t -> new Word(t, null));
        }
        for (int i = 0; i < a.surfaces().length; i++) {
            Word stem = stems[a.surfaceStems()[i]];
            words.surfaces().computeIfAbsent(a.surfaces()[i], t -> new Word(t, stem));
        }
        return new Analysed(article, new DocTerms(stems, a.fieldCounts(), a.codePoints()), a.resultJson());
    }

    /**
     * The average field length as BM25 uses it, on a grid of 64 steps per doubling (about 1% apart). Every
     * weight depends on it; an edit that moves it by a hair (a sentence added to one of thousands of summaries)
     * leaves it on the same step, so the weights, and the shards holding them, stay as they were.
     */
    static float steadyAverage(double average) {
        return (float) Math.pow(2, Math.rint(Math.log(average) / Math.log(2) * AVERAGE_STEPS) / AVERAGE_STEPS);
    }

    /**
     * Term shards: surface forms in sorted order, each shard covering a contiguous range and holding the
     * postings of every stem its forms map to. The manifest lists each shard's first form's prefix.
     *
     * <p>Where the shards are cut depends on nothing but the words under each prefix ({@link #cut}), and a shard's
     * file is named after its prefix ({@link IndexFiles#shardId}): a word added or a posting changed rewrites the
     * shard that holds it, and the others stay as they were.
     */
    private static List<String> termShards(List<Word> surfaces, int[] offset, int[] postingDocs, int[] postingWeights,
            BiConsumer<String, byte[]> files) {
        Map<Word, List<String>> formsOfStem = new java.util.IdentityHashMap<>();
        for (Word surface : surfaces) {
            formsOfStem.computeIfAbsent(surface.stem, k -> new ArrayList<>()).add(surface.text);
        }
        // What a form adds to a shard, estimated from counts alone so that the cut never depends on encoding.
        long[] size = new long[surfaces.size() + 1];
        for (int i = 0; i < surfaces.size(); i++) {
            Word w = surfaces.get(i);
            int postings = offset[w.stem.slot + 1] - offset[w.stem.slot];
            size[i + 1] = size[i] + w.text.length() + 6 + w.stem.text.length() + 8 + 4L * postings
                    + formsOfStem.get(w.stem).stream().mapToInt(f -> f.length() + 3).sum();
        }
        List<String> texts = surfaces.stream().map(w -> w.text).toList();
        List<Shard> shards = new ArrayList<>();
        cut(texts, size, "", 0, texts.size(), shards);
        List<String> starts = new ArrayList<>();
        for (Shard shard : shards) {
            Map<String, Integer> forms = new LinkedHashMap<>();
            Map<Word, Integer> stemIndex = new java.util.IdentityHashMap<>();
            List<List<Object>> stems = new ArrayList<>();
            for (Word word : surfaces.subList(shard.from(), shard.to())) {
                Word stem = word.stem;
                Integer index = stemIndex.get(stem);
                if (index == null) {
                    index = stems.size();
                    stemIndex.put(stem, index);
                    String encoded = Postings.encode(postingDocs, postingWeights, offset[stem.slot], offset[stem.slot + 1]);
                    // Every form of the stem, so that results can highlight "regulations" for "regulation"
                    // even when the two forms fall in different shards.
                    stems.add(List.of(stem.text, encoded, formsOfStem.get(stem)));
                }
                forms.put(word.text, index);
            }
            writeTermShard(starts, shard.start(), forms, stems, files);
        }
        return starts;
    }

    /** Forms {@code from} to {@code to} (exclusive) of the sorted list, all beginning with {@code start}. */
    private record Shard(String start, int from, int to) {
    }

    /**
     * Cuts the forms beginning with {@code prefix} into shards of at most {@link #SHARD_BYTES}: all of them when
     * they fit; otherwise the form equal to the prefix and the groups of forms by their next character, runs of
     * small groups packed together and a group too big cut the same way one character deeper.
     */
    private static void cut(List<String> texts, long[] size, String prefix, int from, int to, List<Shard> out) {
        if (size[to] - size[from] <= SHARD_BYTES || to - from == 1) {
            out.add(new Shard(prefix, from, to));
            return;
        }
        int depth = prefix.length();
        List<Shard> groups = new ArrayList<>();
        int i = from;
        if (texts.get(i).length() == depth) {
            groups.add(new Shard(prefix, i, ++i));
        }
        while (i < to) {
            char c = texts.get(i).charAt(depth);
            int j = i + 1;
            while (j < to && texts.get(j).charAt(depth) == c) {
                j++;
            }
            groups.add(new Shard(prefix + c, i, j));
            i = j;
        }
        Shard pack = null;
        for (Shard g : groups) {
            if (size[g.to()] - size[g.from()] > SHARD_BYTES) {
                if (pack != null) {
                    out.add(pack);
                    pack = null;
                }
                cut(texts, size, g.start(), g.from(), g.to(), out);
                continue;
            }
            if (pack != null && size[g.to()] - size[pack.from()] > SHARD_BYTES) {
                out.add(pack);
                pack = null;
            }
            pack = pack == null ? g : new Shard(pack.start(), pack.from(), g.to());
        }
        if (pack != null) {
            out.add(pack);
        }
    }

    private static void writeTermShard(List<String> starts, String start, Map<String, Integer> forms,
            List<List<Object>> stems, BiConsumer<String, byte[]> files) {
        String id = "terms/" + IndexFiles.shardId(start);
        starts.add(start);
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("forms", forms);
        shard.put("stems", stems);
        files.accept(IndexFiles.path(id), IndexFiles.script(id, shard));
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
    private static List<String> facetShards(List<Term> themes, List<Article> docs, BiConsumer<String, byte[]> files) {
        Map<String, Integer> docNumber = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            docNumber.put(docs.get(d).id(), d);
        }
        TreeMap<String, Term> byKey = new TreeMap<>();
        themes.forEach(t -> byKey.put(t.key(), t));
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
            BiConsumer<String, byte[]> files) {
        String id = "facets/" + starts.size();
        starts.add(first);
        files.accept(IndexFiles.path(id), IndexFiles.script(id, shard));
    }

    /**
     * What a result shows: title, page, issue date, themes (display and filter key) and the summary (its plain text,
     * as the summary field has it); a topic analysis says it is one.
     */
    private static Map<String, Object> docData(Article a, String url, boolean topic, String plainSummary) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", a.title());
        doc.put("url", url);
        if (topic) {
            doc.put("kind", "topic");
        }
        doc.put("date", a.issueDate() == null ? "" : a.issueDate().toString());
        doc.put("themes", a.themes().stream().map(t -> List.of(TermKey.tidy(t), TermKey.of(t))).toList());
        doc.put("summary", PlainText.cut(plainSummary, SNIPPET_CHARS));
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

    /** Adds the non-ASCII code points of a text to those a folding table must cover. */
    static void addCodePoints(String text, java.util.Set<Integer> codePoints) {
        for (int i = 0, n = text.length(); i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && !codePoints.contains(cp)) {
                // The browser looks characters up after NFKC, so the table needs what NFKC makes of them.
                TextAnalysis.nfkc(new String(Character.toChars(cp))).codePoints().filter(c -> c >= 0x80)
                        .forEach(codePoints::add);
            }
        }
    }

    /**
     * What a client that cuts text into words as search.js does needs to know of the build's analysis: the folding
     * table for the characters of {@code texts}, the stop words and the longest word.
     */
    static Map<String, Object> analysis(Iterable<String> texts) {
        TreeSet<Integer> codePoints = new TreeSet<>();
        for (String text : texts) {
            addCodePoints(text, codePoints);
        }
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("stop", stopWords());
        analysis.put("fold", foldTable(codePoints));
        analysis.put("maxWord", TextAnalysis.MAX_WORD_LENGTH);
        return analysis;
    }

    private static TreeSet<String> stopWords() {
        return new TreeSet<>(TextAnalysis.STOP_WORDS.stream().map(o -> new String((char[]) o)).toList());
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

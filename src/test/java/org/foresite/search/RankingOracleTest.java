package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.foresite.BuiltSites;
import org.foresite.NodeScript;
import org.foresite.RealCorpus;
import org.foresite.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The ranking oracle: an in-memory Lucene index of the same articles (same analyzer, BM25Similarity, same field
 * boosts) answers the same queries as the browser engine (search.js, run under Node) and `foresite search`.
 */
class RankingOracleTest {
    static final int TOP = 10;

    @Test
    void browserAgreesWithLuceneOnTheFixtures() throws Exception {
        NodeScript.assumeNode();
        Agreement a = compare(BuiltSites.fixtures(), 60);
        assertEquals(a.queries(), a.sameTopOne(), a.toString());
        assertTrue(a.meanOverlap() >= 0.99, a.toString());
    }

    @Test
    void browserAgreesWithLuceneOnTheRealCorpus() throws Exception {
        RealCorpus.assumePresent();
        NodeScript.assumeNode();
        Agreement a = compare(BuiltSites.real(), 400);
        System.out.println("Ranking oracle (real corpus): " + a);
        assertTrue(a.sameTopOne() >= 0.98 * a.queries(), a.toString());
        assertTrue(a.meanOverlap() >= 0.97, a.toString());
    }

    record Agreement(int queries, int sameTopOne, int sameOrder, double meanOverlap) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d queries: same first result %d (%.1f%%), identical top %d %d (%.1f%%), "
                    + "mean top-%d overlap %.3f", queries, sameTopOne, 100.0 * sameTopOne / queries, TOP, sameOrder,
                    100.0 * sameOrder / queries, TOP, meanOverlap);
        }
    }

    /** Titles, keyword pairs and summary phrases, drawn deterministically from the corpus. */
    static List<String> queries(List<Article> articles, int count) {
        Random random = new Random(20261125);
        Set<String> queries = new LinkedHashSet<>();
        TextAnalysis analysis = new TextAnalysis();
        for (int i = 0; queries.size() < count && i < count * 10; i++) {
            Article a = articles.get(random.nextInt(articles.size()));
            switch (i % 3) {
                case 0 -> queries.add(a.title());
                case 1 -> {
                    if (a.keywords().size() >= 2) {
                        queries.add(a.keywords().get(random.nextInt(a.keywords().size())) + " "
                                + a.keywords().get(random.nextInt(a.keywords().size())));
                    }
                }
                default -> {
                    List<String> words = analysis.surfaces(a.summary());
                    if (words.size() > 6) {
                        int from = random.nextInt(words.size() - 5);
                        queries.add(String.join(" ", words.subList(from, from + 4)));
                    }
                }
            }
        }
        return new ArrayList<>(queries);
    }

    private static Agreement compare(BuiltSites.Built built, int count) throws Exception {
        List<Article> articles = built.kb().articles();
        List<String> queries = queries(articles, count);
        JsonNode browser = NodeScript.run("engine.js", List.of(built.site().resolve("search").toString()),
                Map.of("queries", queries, "prefix", false, "limit", TOP));
        SiteSearch cli = new SiteSearch(built.site());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, articles);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                int sameTop = 0;
                int sameOrder = 0;
                double overlap = 0;
                for (int i = 0; i < queries.size(); i++) {
                    List<Integer> js = new ArrayList<>();
                    browser.get(i).get("results").forEach(r -> js.add(r.get(0).asInt()));
                    List<Integer> java = cli.search(queries.get(i), false).results().stream().limit(TOP)
                            .map(SiteSearch.Hit::doc).toList();
                    assertEquals(js, java, "search.js and foresite search differ on: " + queries.get(i));
                    List<Integer> lucene = new ArrayList<>();
                    for (ScoreDoc sd : searcher.search(query(queries.get(i)), TOP).scoreDocs) {
                        lucene.add(sd.doc);
                    }
                    if (!lucene.isEmpty() && !js.isEmpty() && lucene.get(0).equals(js.get(0))) {
                        sameTop++;
                    }
                    if (lucene.equals(js)) {
                        sameOrder++;
                    }
                    Set<Integer> common = new LinkedHashSet<>(lucene);
                    common.retainAll(js);
                    overlap += lucene.isEmpty() ? (js.isEmpty() ? 1 : 0) : (double) common.size() / lucene.size();
                }
                return new Agreement(queries.size(), sameTop, sameOrder, overlap / queries.size());
            }
        }
    }

    private static void index(ByteBuffersDirectory dir, List<Article> articles) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.luceneAnalyzer());
        config.setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Article a : articles) {
                Document doc = new Document();
                for (SearchField f : SearchField.values()) {
                    doc.add(new TextField(f.key(), f.text(a), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
    }

    /** Every stem of the query, once, in every field with the field's boost: what the index precomputes. */
    private static BooleanQuery query(String text) {
        TextAnalysis analysis = new TextAnalysis();
        Set<String> stems = new LinkedHashSet<>();
        for (QueryParser.Clause clause : QueryParser.parse(text).clauses()) {
            for (String surface : analysis.surfaces(clause.text())) {
                String stem = analysis.stem(surface);
                if (stem != null) {
                    stems.add(stem);
                }
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String stem : stems) {
            for (SearchField f : SearchField.values()) {
                b.add(new BoostQuery(new TermQuery(new Term(f.key(), stem)), f.boost()), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }
}

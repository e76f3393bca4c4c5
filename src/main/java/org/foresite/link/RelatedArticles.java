package org.foresite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.model.TermKey;

/**
 * "Related" articles for those whose Closest list is missing or points nowhere in the knowledge base: the
 * articles sharing the most of their themes and keywords, each shared term weighted by how rare it is (a theme
 * counts twice a keyword). Deterministic: ties go to the newer article.
 */
final class RelatedArticles {
    static final int MAX = 5;
    /** Terms on more articles than this say little about any one of them and would cost quadratic time. */
    static final int MAX_TERM_ARTICLES = 200;
    private static final double THEME_WEIGHT = 2.0;
    private static final double KEYWORD_WEIGHT = 1.0;

    private RelatedArticles() {
    }

    static Map<String, List<String>> compute(List<Article> newestFirst, Map<String, List<ClosestLink>> closest,
            List<Term> themes, List<Term> keywords) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            rank.put(newestFirst.get(i).id(), i);
        }
        Map<String, Term> themeByKey = byKey(themes);
        Map<String, Term> keywordByKey = byKey(keywords);
        Map<String, List<String>> related = new HashMap<>();
        // Scores by the rank of the scored article, with the ranks scored so far: no map or boxed sum per pair.
        Scores scores = new Scores(newestFirst.size());
        for (Article article : newestFirst) {
            if (closest.get(article.id()).stream().anyMatch(ClosestLink::resolved)) {
                continue;
            }
            add(scores, article, article.themes(), themeByKey, rank, THEME_WEIGHT);
            add(scores, article, article.keywords(), keywordByKey, rank, KEYWORD_WEIGHT);
            List<String> top = new ArrayList<>();
            for (int r : scores.best(MAX)) {
                top.add(newestFirst.get(r).id());
            }
            scores.clear();
            if (!top.isEmpty()) {
                related.put(article.id(), top);
            }
        }
        return related;
    }

    private static void add(Scores scores, Article article, List<String> spellings, Map<String, Term> terms,
            Map<String, Integer> rank, double weight) {
        for (String spelling : spellings) {
            Term term = terms.get(TermKey.of(spelling));
            int df = term.articleIds().size();
            if (df < 2 || df > MAX_TERM_ARTICLES) {
                continue;
            }
            double w = weight / Math.log(1 + df);
            for (String other : term.articleIds()) {
                if (!other.equals(article.id())) {
                    scores.add(rank.get(other), w);
                }
            }
        }
    }

    /** Sums of weights by article rank, for one article at a time. */
    private static final class Scores {
        private final double[] sums;
        private final int[] scored;
        private int count;

        Scores(int articles) {
            sums = new double[articles];
            scored = new int[articles];
        }

        void add(int rank, double weight) {
            if (sums[rank] == 0) {
                scored[count++] = rank;
            }
            sums[rank] += weight;
        }

        /** The ranks of the {@code max} highest sums, highest first; equal sums, the newer article (lower rank) first. */
        int[] best(int max) {
            int[] top = new int[Math.min(max, count)];
            int filled = 0;
            for (int i = 0; i < count; i++) {
                int r = scored[i];
                int at = filled;
                while (at > 0 && before(r, top[at - 1])) {
                    at--;
                }
                if (at < top.length) {
                    System.arraycopy(top, at, top, at + 1, Math.min(filled, top.length - 1) - at);
                    top[at] = r;
                    filled = Math.min(filled + 1, top.length);
                }
            }
            return top;
        }

        private boolean before(int a, int b) {
            int byScore = Double.compare(sums[b], sums[a]);
            return byScore != 0 ? byScore < 0 : a < b;
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                sums[scored[i]] = 0;
            }
            count = 0;
        }
    }

    private static Map<String, Term> byKey(List<Term> terms) {
        Map<String, Term> map = new HashMap<>();
        terms.forEach(t -> map.put(t.key(), t));
        return map;
    }
}

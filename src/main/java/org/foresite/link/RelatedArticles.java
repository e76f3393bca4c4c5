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
        for (Article article : newestFirst) {
            if (closest.get(article.id()).stream().anyMatch(ClosestLink::resolved)) {
                continue;
            }
            Map<String, Double> scores = new HashMap<>();
            add(scores, article, article.themes(), themeByKey, THEME_WEIGHT);
            add(scores, article, article.keywords(), keywordByKey, KEYWORD_WEIGHT);
            List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
            ranked.sort((a, b) -> {
                int byScore = Double.compare(b.getValue(), a.getValue());
                return byScore != 0 ? byScore : Integer.compare(rank.get(a.getKey()), rank.get(b.getKey()));
            });
            List<String> top = ranked.stream().limit(MAX).map(Map.Entry::getKey).toList();
            if (!top.isEmpty()) {
                related.put(article.id(), top);
            }
        }
        return related;
    }

    private static void add(Map<String, Double> scores, Article article, List<String> spellings, Map<String, Term> terms,
            double weight) {
        for (String spelling : spellings) {
            Term term = terms.get(TermKey.of(spelling));
            int df = term.articleIds().size();
            if (df < 2 || df > MAX_TERM_ARTICLES) {
                continue;
            }
            double w = weight / Math.log(1 + df);
            for (String other : term.articleIds()) {
                if (!other.equals(article.id())) {
                    scores.merge(other, w, Double::sum);
                }
            }
        }
    }

    private static Map<String, Term> byKey(List<Term> terms) {
        Map<String, Term> map = new HashMap<>();
        terms.forEach(t -> map.put(t.key(), t));
        return map;
    }
}

package org.foresite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.model.TermKey;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {
    @Test
    void relatedArticlesAreTheBestScoredByDefinition() {
        Random random = new Random(17);
        int withRelated = 0;
        for (int n = 0; n < 300; n++) {
            int count = 2 + random.nextInt(40);
            List<Article> articles = new ArrayList<>();
            Map<String, List<ClosestLink>> closest = new HashMap<>();
            Map<String, List<String>> themeArticles = new LinkedHashMap<>();
            Map<String, List<String>> keywordArticles = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String id = "a" + i;
                List<String> themes = pick(random, "Theme ", 6, themeArticles, id);
                List<String> keywords = pick(random, "keyword ", 12, keywordArticles, id);
                articles.add(new Article(id, id + ".md", "Title " + i, null, null, "", keywords, themes, List.of(),
                        List.of(), List.of(), List.of()));
                closest.put(id, random.nextInt(4) == 0 ? List.of(new ClosestLink("x", "a0")) : List.of());
            }
            List<Term> themes = terms(themeArticles);
            List<Term> keywords = terms(keywordArticles);
            Map<String, List<String>> related = RelatedArticles.compute(articles, closest, themes, keywords);
            assertEquals(byDefinition(articles, closest, themes, keywords), related);
            withRelated += related.size();
        }
        assertTrue(withRelated > 1_000, withRelated + " articles with related ones");
    }

    private static List<String> pick(Random random, String prefix, int choices, Map<String, List<String>> index, String id) {
        List<String> picked = new ArrayList<>();
        for (int k = random.nextInt(5); k > 0; k--) {
            String term = prefix + random.nextInt(choices);
            if (!picked.contains(term)) {
                picked.add(term);
                index.computeIfAbsent(TermKey.of(term), x -> new ArrayList<>()).add(id);
            }
        }
        return picked;
    }

    private static List<Term> terms(Map<String, List<String>> index) {
        List<Term> terms = new ArrayList<>();
        index.forEach((key, ids) -> terms.add(new Term(key, key, ids)));
        return terms;
    }

    /** Every other article scored, sorted by score then newest, the first five kept. */
    private static Map<String, List<String>> byDefinition(List<Article> articles, Map<String, List<ClosestLink>> closest,
            List<Term> themes, List<Term> keywords) {
        Map<String, Term> themeByKey = new HashMap<>();
        themes.forEach(t -> themeByKey.put(t.key(), t));
        Map<String, Term> keywordByKey = new HashMap<>();
        keywords.forEach(t -> keywordByKey.put(t.key(), t));
        Map<String, List<String>> related = new HashMap<>();
        for (Article article : articles) {
            if (closest.get(article.id()).stream().anyMatch(ClosestLink::resolved)) {
                continue;
            }
            Map<String, Double> scores = new HashMap<>();
            score(scores, article, article.themes(), themeByKey, 2.0);
            score(scores, article, article.keywords(), keywordByKey, 1.0);
            List<String> ranked = new ArrayList<>(scores.keySet());
            ranked.sort((a, b) -> {
                int byScore = Double.compare(scores.get(b), scores.get(a));
                return byScore != 0 ? byScore : Integer.compare(index(articles, a), index(articles, b));
            });
            if (!ranked.isEmpty()) {
                related.put(article.id(), ranked.subList(0, Math.min(RelatedArticles.MAX, ranked.size())));
            }
        }
        return related;
    }

    private static void score(Map<String, Double> scores, Article article, List<String> spellings, Map<String, Term> terms,
            double weight) {
        for (String spelling : spellings) {
            Term term = terms.get(TermKey.of(spelling));
            int df = term.articleIds().size();
            if (df >= 2 && df <= RelatedArticles.MAX_TERM_ARTICLES) {
                for (String other : term.articleIds()) {
                    if (!other.equals(article.id())) {
                        scores.merge(other, weight / Math.log(1 + df), Double::sum);
                    }
                }
            }
        }
    }

    private static int index(List<Article> articles, String id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}

package org.foresite.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.foresite.BuiltSites;
import org.foresite.RealCorpus;
import org.foresite.model.Article;
import org.junit.jupiter.api.Test;

/**
 * What readers need from search, measured over every article: its exact title finds it first, and two of its
 * keywords plus one of its themes find it in the top five. Queries run as the search page runs them.
 */
public class SearchQualityTest {

    public record Quality(int articles, int titleFirst, int tagQueries, int tagTopFive) {
        double titleRate() {
            return (double) titleFirst / articles;
        }

        double tagRate() {
            return (double) tagTopFive / tagQueries;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "exact title ranked first for %d of %d articles (%.1f%%); "
                    + "two keywords + one theme in the top 5 for %d of %d (%.1f%%)", titleFirst, articles,
                    100 * titleRate(), tagTopFive, tagQueries, 100 * tagRate());
        }
    }

    @Test
    void fixturesAreFoundByTitleAndByTags() {
        Quality q = measure(BuiltSites.fixtures());
        assertTrue(q.titleRate() == 1.0, q.toString());
        assertTrue(q.tagRate() == 1.0, q.toString());
    }

    @Test
    void realArticlesAreFoundByTitleAndByTags() {
        RealCorpus.assumePresent();
        Quality q = measure(BuiltSites.real());
        System.out.println("Search quality (real corpus): " + q);
        assertTrue(q.titleRate() >= 0.95, q.toString());
        assertTrue(q.tagRate() >= 0.90, q.toString());
    }

    static Quality measure(BuiltSites.Built built) {
        return measure(built.site(), built.kb().articles());
    }

    /** Runs both measurements over every article; also used by the search benchmark. */
    public static Quality measure(java.nio.file.Path site, List<Article> articles) {
        return measure(site, articles, 1);
    }

    /** The same over every {@code stride}-th article, for large benchmark corpora. */
    public static Quality measure(java.nio.file.Path site, List<Article> articles, int stride) {
        SiteSearch search = new SiteSearch(site);
        int titleFirst = 0;
        int tagQueries = 0;
        int tagTopFive = 0;
        int measured = 0;
        for (int doc = 0; doc < articles.size(); doc += stride) {
            Article a = articles.get(doc);
            measured++;
            List<SiteSearch.Hit> byTitle = search.search(a.title(), true).results();
            // Two articles may share a title; then ranking either first finds "it".
            if (!byTitle.isEmpty() && (byTitle.get(0).doc() == doc
                    || title(search, byTitle.get(0).doc()).equals(a.title()))) {
                titleFirst++;
            }
            if (a.keywords().size() >= 2 && !a.themes().isEmpty()) {
                Random random = new Random(a.id().hashCode());
                int k1 = random.nextInt(a.keywords().size());
                int k2 = (k1 + 1 + random.nextInt(a.keywords().size() - 1)) % a.keywords().size();
                String query = a.keywords().get(k1) + " " + a.keywords().get(k2) + " "
                        + a.themes().get(random.nextInt(a.themes().size()));
                tagQueries++;
                if (rankWithin(search.search(query, true).results(), doc, 5)) {
                    tagTopFive++;
                }
            }
        }
        return new Quality(measured, titleFirst, tagQueries, tagTopFive);
    }

    private static boolean rankWithin(List<SiteSearch.Hit> hits, int doc, int top) {
        return hits.stream().limit(top).anyMatch(h -> h.doc() == doc);
    }

    private static String title(SiteSearch search, int doc) {
        JsonNode d = search.doc(doc);
        return d.get("title").asText();
    }
}

package org.foresite.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.foresite.model.Article;
import org.foresite.model.ClosestRef;
import org.foresite.model.Term;
import org.foresite.model.TermKey;

/** Connects parsed articles into a {@link KnowledgeBase}. Pure: no I/O, no rendering. */
public final class Linker {
    private Linker() {
    }

    public static KnowledgeBase link(List<Article> parsed) {
        return link(parsed, new TermMemo());
    }

    /** Links with the collation keys a previous build computed ({@code memo}), computing only new ones. */
    public static KnowledgeBase link(List<Article> parsed, TermMemo memo) {
        List<Article> articles = parsed.stream().sorted(ArticleOrder.NEWEST_FIRST).toList();
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, String> idByTitle = firstIdByTitle(articles);

        Map<String, List<ClosestLink>> closest = new HashMap<>();
        Map<String, List<String>> referencedBy = new HashMap<>();
        articles.forEach(a -> referencedBy.put(a.id(), new ArrayList<>()));
        for (Article article : articles) {
            List<ClosestLink> links = resolve(article, byId, idByTitle);
            closest.put(article.id(), links);
            for (ClosestLink link : links) {
                if (link.resolved()) {
                    referencedBy.get(link.targetId()).add(article.id());
                }
            }
        }
        // Sources were visited newest first, so each backlink list is already in that order.
        List<Term> themes = terms(articles, Article::themes, memo);
        List<Term> keywords = terms(articles, Article::keywords, memo);
        return new KnowledgeBase(articles, byId, themes, keywords, closest, referencedBy,
                RelatedArticles.compute(articles, closest, themes, keywords), issues(articles));
    }

    /** Articles grouped by the issue they came from; articles come newest first, so issues do too. */
    private static List<Issue> issues(List<Article> newestFirst) {
        Map<String, List<String>> byToken = new LinkedHashMap<>();
        Map<String, Article> first = new HashMap<>();
        for (Article a : newestFirst) {
            if (a.origin() != null) {
                byToken.computeIfAbsent(a.origin().issue(), t -> new ArrayList<>()).add(a.id());
                first.putIfAbsent(a.origin().issue(), a);
            }
        }
        List<Issue> issues = new ArrayList<>();
        byToken.forEach((token, ids) -> issues.add(new Issue(token, first.get(token).origin().date(),
                first.get(token).origin().url(), ids)));
        return issues;
    }

    /** Titles can repeat; the fallback match takes the lowest id so the choice never depends on file order. */
    private static Map<String, String> firstIdByTitle(List<Article> articles) {
        Map<String, String> byTitle = new HashMap<>();
        for (Article a : articles) {
            byTitle.merge(a.title(), a.id(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        return byTitle;
    }

    private static List<ClosestLink> resolve(Article article, Map<String, Article> byId, Map<String, String> idByTitle) {
        List<ClosestLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ClosestRef ref : article.closest()) {
            String target = targetId(ref.target());
            String id = byId.containsKey(target) ? target : idByTitle.get(ref.text());
            if (article.id().equals(id)) {
                continue;
            }
            String identity = id != null ? "id:" + id : "text:" + ref.text() + "\u0000" + ref.target();
            if (seen.add(identity)) {
                links.add(new ClosestLink(ref.text(), id));
            }
        }
        return links;
    }

    /** Seeds sometimes link to the file rather than the id; both name the same article. */
    private static String targetId(String target) {
        String t = target.strip();
        for (String ext : new String[] {".md", ".txt", ".html"}) {
            if (t.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return t.substring(0, t.length() - ext.length());
            }
        }
        return t;
    }

    private static List<Term> terms(List<Article> newestFirst, Function<Article, List<String>> field, TermMemo memo) {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (Article article : newestFirst) {
            for (String spelling : field.apply(article)) {
                String key = TermKey.of(spelling);
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(spelling, 1, Integer::sum);
                List<String> list = ids.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || !list.get(list.size() - 1).equals(article.id())) {
                    list.add(article.id());
                }
            }
        }
        List<Term> terms = new ArrayList<>();
        ids.forEach((key, articleIds) -> terms.add(new Term(key, mostCommon(spellings.get(key)), articleIds)));
        return sortAlphabetically(terms, memo);
    }

    /** Most frequent spelling; among equals, the first in code-point order (a TreeMap iterates that way). */
    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * A–Z as an English reader expects (accents and case secondary), then by key so the order is total. Each
     * display's collation key is computed once: collating raw strings normalises both on every comparison, which
     * costs seconds over tens of thousands of terms.
     */
    static List<Term> sortAlphabetically(List<Term> terms, TermMemo memo) {
        record Keyed(java.text.CollationKey collation, Term term) {
        }
        return terms.stream().map(t -> new Keyed(memo.collationKey(t.display()), t))
                .sorted(Comparator.comparing(Keyed::collation).thenComparing(k -> k.term().key()))
                .map(Keyed::term).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

}

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
import org.foresite.diag.Diagnostic;
import org.foresite.model.Article;
import org.foresite.model.ClosestRef;
import org.foresite.model.Term;
import org.foresite.model.Topic;
import org.foresite.model.TermKey;

/** Connects parsed articles into a {@link KnowledgeBase}. Pure: no I/O, no rendering. */
public final class Linker {
    private Linker() {
    }

    public static KnowledgeBase link(List<Article> parsed) {
        return link(parsed, List.of(), new TermMemo());
    }

    public static KnowledgeBase link(List<Article> parsed, TermMemo memo) {
        return link(parsed, List.of(), memo);
    }

    /** Links with the collation keys a previous build computed ({@code memo}), computing only new ones. */
    public static KnowledgeBase link(List<Article> parsed, List<Topic> parsedTopics, TermMemo memo) {
        List<Article> articles = parsed.stream().sorted(ArticleOrder.NEWEST_FIRST).toList();
        Map<String, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, String> idByTitle = firstIdByTitle(articles);

        List<Diagnostic> notes = new ArrayList<>();
        Map<String, List<ClosestLink>> closest = new HashMap<>();
        Map<String, List<String>> referencedBy = new HashMap<>();
        articles.forEach(a -> referencedBy.put(a.id(), new ArrayList<>()));
        for (Article article : articles) {
            List<ClosestLink> links = resolve(article, byId, idByTitle, notes);
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
        List<LinkedTopic> topics = topics(parsedTopics, byId, memo);
        return new KnowledgeBase(articles, byId, themes, keywords, closest, referencedBy,
                RelatedArticles.compute(articles, closest, themes, keywords), issues(articles), topics,
                citedBy(topics), notes);
    }

    /** The topics A–Z by name (then id), each link to an article of the knowledge base known by its id. */
    private static List<LinkedTopic> topics(List<Topic> parsed, Map<String, Article> byId, TermMemo memo) {
        record Keyed(String collation, Topic topic) {
        }
        return parsed.stream().map(t -> new Keyed(memo.collationKey(t.name()), t))
                .sorted(Comparator.comparing(Keyed::collation).thenComparing(k -> k.topic().id()))
                .map(k -> new LinkedTopic(k.topic(), k.topic().links().stream()
                        .map(l -> new LinkedTopic.Citation(l.title(), l.url(), articleOf(l.url(), byId))).toList()))
                .toList();
    }

    /**
     * The article a topic's link points to: the last segment of its path is an article id (topics link to the
     * published site, {@code https://site/<id>}, and sometimes to the file, {@code <id>.md}).
     */
    static String articleOf(String url, Map<String, Article> byId) {
        String path = url.strip();
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String id = targetId(path.substring(path.lastIndexOf('/') + 1));
        return id.isEmpty() || !byId.containsKey(id) ? null : id;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Per article, the topics that link to it, each once, in the topics' order. */
    private static Map<String, List<String>> citedBy(List<LinkedTopic> topics) {
        Map<String, List<String>> citedBy = new HashMap<>();
        for (LinkedTopic t : topics) {
            t.citedArticles().forEach(id -> citedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(t.topic().id()));
        }
        return citedBy;
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

    /**
     * An entry whose id is an article of the knowledge base links to it, unless that is the article itself. An entry
     * whose id is unknown links to the article whose title is its text, when that is another article (and a note
     * says so); otherwise it stays, as text: a reader sees every entry that is not a self link.
     */
    private static List<ClosestLink> resolve(Article article, Map<String, Article> byId, Map<String, String> idByTitle,
            List<Diagnostic> notes) {
        List<ClosestLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ClosestRef ref : article.closest()) {
            String target = targetId(ref.target());
            String id;
            if (byId.containsKey(target)) {
                if (article.id().equals(target)) {
                    continue;
                }
                id = target;
            } else {
                id = idByTitle.get(ref.text());
                if (article.id().equals(id)) {
                    id = null;
                } else if (id != null) {
                    notes.add(Diagnostic.note(article.sourceFile(), ref.line(), "Closest entry '" + ref.text()
                            + "' points to '" + ref.target() + "', which is not in the knowledge base; linked by its title to '"
                            + id + "'"));
                }
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
        record Keyed(String collation, Term term) {
        }
        return terms.stream().map(t -> new Keyed(memo.collationKey(t.display()), t))
                .sorted(Comparator.comparing(Keyed::collation).thenComparing(k -> k.term().key()))
                .map(Keyed::term).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

}

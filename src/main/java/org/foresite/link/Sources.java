package org.foresite.link;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.foresite.model.Term;

/**
 * What one build's pages read: the linked knowledge base, where its pages live and how its lists are paged, and
 * each article's digest. Pages read it only through a {@link PageReads}, which records what they read; the digest
 * of anything a page may read is {@link #digest}, computed once per build.
 */
public final class Sources {
    private final KnowledgeBase kb;
    private final UrlScheme urls;
    private final PageLayout layout;
    private final Function<String, String> articleDigests;
    private final Map<String, String> digests;
    private final Map<Read, String> keysByRead;
    private final Map<TermKind, Map<String, Term>> terms = new java.util.EnumMap<>(TermKind.class);
    private final Map<String, Integer> issues = new HashMap<>();
    private final Map<String, LinkedTopic> topics = new HashMap<>();
    private final Map<String, String> timelinePages = new HashMap<>();
    private volatile Trends trends;
    private volatile Input.Counts counts;

    /** {@code articleDigests} gives, by article id, a text that differs whenever the article does. */
    public Sources(KnowledgeBase kb, UrlScheme urls, PageLayout layout, Function<String, String> articleDigests) {
        this(kb, urls, layout, articleDigests, 0);
    }

    /** As above, for about {@code pages} pages: they read about three inputs each (2.6 measured at 300 to 3,000). */
    public Sources(KnowledgeBase kb, UrlScheme urls, PageLayout layout, Function<String, String> articleDigests,
            int pages) {
        this.digests = new ConcurrentHashMap<>(3 * pages);
        this.keysByRead = new ConcurrentHashMap<>(3 * pages);
        this.kb = kb;
        this.urls = urls;
        this.layout = layout;
        this.articleDigests = articleDigests;
        for (TermKind kind : TermKind.values()) {
            Map<String, Term> byKey = new HashMap<>();
            kind.of(kb).forEach(t -> byKey.put(t.key(), t));
            terms.put(kind, byKey);
        }
        kb.topics().forEach(t -> topics.put(t.topic().id(), t));
        for (int i = 0; i < kb.issues().size(); i++) {
            issues.put(kb.issues().get(i).token(), i);
        }
        for (PageLayout.Year year : layout.years()) {
            for (int p = 0; p < year.pages().size(); p++) {
                for (var slice : year.pages().get(p)) {
                    for (Issue issue : slice.items()) {
                        timelinePages.put(issue.token(), urls.timeline(year.year(), p + 1));
                    }
                }
            }
        }
    }

    /**
     * The key of an input, one string for all the pages that read it: every page's record holds its keys for the
     * whole build, and with a string of its own per page the records of 30,000 articles' pages filled a 1 GB heap.
     */
    String key(Input input, String... args) {
        // Found by what was read, whose strings know their hashes: making the key's text again for each of the
        // hundreds of thousands of reads, and hashing it, was a tenth of the pages' views.
        Read read = new Read(input, args);
        String known = keysByRead.get(read);
        return known != null ? known : keysByRead.computeIfAbsent(read, r -> input.key(args));
    }

    /** An input and its arguments, as a page reads it. */
    private record Read(Input input, String[] args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Read r && r.input == input && java.util.Arrays.equals(r.args, args);
        }

        @Override
        public int hashCode() {
            return 31 * input.hashCode() + java.util.Arrays.hashCode(args);
        }
    }

    /** A recorder of what one page reads. */
    public PageReads reads() {
        return new PageReads(this);
    }

    /** The digest of what {@code key} (as a {@link PageReads} recorded it) stands for in this build. */
    public String digest(String key) {
        String known = digests.get(key);
        if (known == null) {
            known = Input.digestOf(this, key);
            digests.put(key, known);
        }
        return known;
    }

    /** How many distinct inputs the pages read so far. */
    public int keysRead() {
        return keysByRead.size();
    }

    KnowledgeBase kb() {
        return kb;
    }

    UrlScheme urls() {
        return urls;
    }

    PageLayout layout() {
        return layout;
    }

    String articleDigest(String id) {
        return articleDigests.apply(id);
    }

    /** The knowledge base's trends, worked out once. */
    Trends trends() {
        Trends known = trends;
        if (known == null) {
            synchronized (this) {
                if (trends == null) {
                    trends = Trends.of(kb);
                }
                known = trends;
            }
        }
        return known;
    }

    /**
     * The counts of the knowledge base, worked out once: the home page and the pages of the article, term and
     * timeline lists show them, and counting the articles with signals again for each page made those lists cost
     * the square of the knowledge base's size.
     */
    Input.Counts counts() {
        Input.Counts known = counts;
        if (known == null) {
            known = new Input.Counts(kb.articles().size(), kb.themes().size(), kb.keywords().size(), kb.signalCount(),
                    kb.issues().size(), (int) kb.articles().stream().filter(x -> x.signalCount() > 0).count(),
                    kb.topics().size());
            counts = known;
        }
        return known;
    }

    LinkedTopic topic(String id) {
        return topics.get(id);
    }

    Term term(TermKind kind, String key) {
        return terms.get(kind).get(key);
    }

    Issue issue(String token) {
        Integer i = issues.get(token);
        return i == null ? null : kb.issues().get(i);
    }

    int issueIndex(String token) {
        return issues.getOrDefault(token, -1);
    }

    String timelinePageOf(String token) {
        return timelinePages.get(token);
    }
}

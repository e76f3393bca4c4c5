package org.foresite.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foresite.model.Article;
import org.foresite.model.Term;

/**
 * How a page reads the knowledge base: every method records the {@link Input} it reads, so the page's record of
 * inputs is complete by construction. One per page; not shared between threads.
 */
public final class PageReads {
    private final Sources sources;
    private final Set<String> keys = new HashSet<>();

    PageReads(Sources sources) {
        this.sources = sources;
    }

    /**
     * The keys of everything read so far, sorted (once, here: keys share long prefixes, and keeping them sorted as
     * they were read cost a comparison of those prefixes at every read).
     */
    public List<String> keys() {
        String[] sorted = keys.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        return List.of(sorted);
    }

    private Object read(Input input, String... args) {
        keys.add(sources.key(input, args));
        return input.value(sources, args);
    }

    public Article article(String id) {
        return (Article) read(Input.ARTICLE, id);
    }

    @SuppressWarnings("unchecked")
    public List<ClosestLink> closest(String id) {
        return (List<ClosestLink>) read(Input.CLOSEST, id);
    }

    @SuppressWarnings("unchecked")
    public List<String> referencedBy(String id) {
        return (List<String>) read(Input.REFERENCED_BY, id);
    }

    @SuppressWarnings("unchecked")
    public List<String> related(String id) {
        return (List<String>) read(Input.RELATED, id);
    }

    /** A topic analysis with its links resolved, or null. */
    public LinkedTopic topic(String id) {
        return (LinkedTopic) read(Input.TOPIC, id);
    }

    /** Every topic analysis, A–Z. */
    @SuppressWarnings("unchecked")
    public List<LinkedTopic> topics() {
        return (List<LinkedTopic>) read(Input.TOPICS);
    }

    /** Page {@code n} of the list of topic analyses. */
    public Input.ListPage topicList(int n) {
        return (Input.ListPage) read(Input.TOPIC_LIST, String.valueOf(n));
    }

    /** The topic analyses that link to an article. */
    @SuppressWarnings("unchecked")
    public List<Input.TopicLink> citedBy(String articleId) {
        return (List<Input.TopicLink>) read(Input.CITED_BY, articleId);
    }

    public boolean hasTopics() {
        return (Boolean) read(Input.HAS_TOPICS);
    }

    /** The page of a topic analysis: a function of its id alone. */
    public String topicPath(String id) {
        return sources.urls().topic(id);
    }

    /** Where a topic's card image is copied (the card is part of the topic, which the page has read). */
    public String topicImage(String topicId, String file) {
        return sources.urls().topicImage(topicId, file);
    }

    /** The page of an article: a function of its id alone, so there is nothing to record. */
    public String articlePath(String id) {
        return sources.urls().article(id);
    }

    /** A term and its articles, or null. */
    public Term term(TermKind kind, String key) {
        return (Term) read(Input.TERM, kind.name(), key);
    }

    /** A term's display and first page, or null. */
    public Input.TermLink termLink(TermKind kind, String key) {
        return (Input.TermLink) read(Input.TERM_LINK, kind.name(), key);
    }

    /** Page {@code n} of a term's articles (its slug is what the link reads). */
    public String termPage(TermKind kind, String key, int n) {
        read(Input.TERM_LINK, kind.name(), key);
        return sources.urls().term(kind, key, n);
    }

    /** The Atom feed of a theme (its slug is what the link reads). */
    public String themeFeed(String key) {
        read(Input.TERM_LINK, TermKind.THEMES.name(), key);
        return sources.urls().themeFeed(key);
    }

    /** The slug a term's pages are named after. */
    public String termSlug(TermKind kind, String key) {
        read(Input.TERM_LINK, kind.name(), key);
        return sources.urls().slug(kind, key);
    }

    /** The most used terms of a kind, most used first. */
    @SuppressWarnings("unchecked")
    public List<Input.IndexedTerm> topTerms(TermKind kind, int count) {
        return (List<Input.IndexedTerm>) read(Input.TOP_TERMS, kind.name(), String.valueOf(count));
    }

    @SuppressWarnings("unchecked")
    public List<Paging.Slice<PageLayout.Letter, Input.IndexedTerm>> termIndexPage(TermKind kind, int n) {
        return (List<Paging.Slice<PageLayout.Letter, Input.IndexedTerm>>) read(Input.TERM_INDEX_PAGE, kind.name(),
                String.valueOf(n));
    }

    public Input.IndexNav termIndexNav(TermKind kind) {
        return (Input.IndexNav) read(Input.TERM_INDEX_NAV, kind.name());
    }

    /** Every term of a kind, A–Z, as lists show them. */
    @SuppressWarnings("unchecked")
    public List<Input.IndexedTerm> termList(TermKind kind) {
        return (List<Input.IndexedTerm>) read(Input.TERM_LIST, kind.name());
    }

    /** Every term of a kind with its articles, A–Z. */
    @SuppressWarnings("unchecked")
    public List<Term> terms(TermKind kind) {
        return (List<Term>) read(Input.TERMS, kind.name());
    }

    /** Every article, newest first. */
    @SuppressWarnings("unchecked")
    public List<Article> articles() {
        return (List<Article>) read(Input.ARTICLES);
    }

    public SignalSource signals() {
        return (SignalSource) read(Input.SIGNALS);
    }

    public Trends trends() {
        return (Trends) read(Input.TRENDS);
    }

    /** A theme's articles per quarter, or null when the knowledge base has no dated article. */
    public Input.ThemeQuarters themeQuarters(String key) {
        return (Input.ThemeQuarters) read(Input.THEME_TREND, key);
    }

    public Input.Counts counts() {
        return (Input.Counts) read(Input.COUNTS);
    }

    @SuppressWarnings("unchecked")
    public List<String> latest(int count) {
        return (List<String>) read(Input.LATEST, String.valueOf(count));
    }

    public Input.ListPage articleList(int n) {
        return (Input.ListPage) read(Input.ARTICLE_LIST, String.valueOf(n));
    }

    public Issue issue(String token) {
        return (Issue) read(Input.ISSUE, token);
    }

    public Input.IssueLink issueLink(String token) {
        return (Input.IssueLink) read(Input.ISSUE_LINK, token);
    }

    public Input.Neighbours issueNeighbours(String token) {
        return (Input.Neighbours) read(Input.ISSUE_NEIGHBOURS, token);
    }

    /** The timeline page listing an issue. */
    public String issueTimeline(String token) {
        return (String) read(Input.ISSUE_TIMELINE, token);
    }

    @SuppressWarnings("unchecked")
    public List<Input.YearLink> timelineYears() {
        return (List<Input.YearLink>) read(Input.TIMELINE_YEARS);
    }

    public Input.TimelinePage timelinePage(String year, int n) {
        return (Input.TimelinePage) read(Input.TIMELINE_PAGE, year, String.valueOf(n));
    }

    /** Page {@code n} of a year of the timeline (where the newest year starts is what the link reads). */
    public String timelinePath(String year, int n) {
        read(Input.TIMELINE_YEARS);
        return sources.urls().timeline(year, n);
    }
}

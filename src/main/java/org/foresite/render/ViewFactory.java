package org.foresite.render;

import java.util.Map;
import org.foresite.link.PageReads;
import org.foresite.link.PageSizes;
import org.foresite.link.TermKind;

/**
 * The template context of every page kind. Views read the knowledge base only through the {@link PageReads} they
 * are given, which records what each page read; they hold nothing of one build but its settings. Thread-safe:
 * pages are rendered in parallel.
 */
public final class ViewFactory {
    private final ArticleViews articles;
    private final TermViews terms;
    private final IndexViews indexes;
    private final TimelineViews timeline;
    private final TrendsViews trends;
    private final TopicViews topics;

    /**
     * {@code baseUrl} is the absolute URL the site is published at, ending in '/', or null when unknown;
     * {@code searchFolder} is the site folder of the search index the search page reads.
     */
    public ViewFactory(MarkdownRenderer markdown, String siteName, String baseUrl, PageSizes sizes, String searchFolder) {
        PageChrome chrome = new PageChrome(siteName, baseUrl, searchFolder);
        ArticleItems items = new ArticleItems();
        this.articles = new ArticleViews(chrome, markdown, items);
        this.terms = new TermViews(chrome, items, sizes);
        this.indexes = new IndexViews(chrome, items, sizes);
        this.timeline = new TimelineViews(chrome, items);
        this.trends = new TrendsViews(chrome);
        this.topics = new TopicViews(chrome, markdown);
    }

    public Map<String, Object> article(PageReads reads, String id) {
        return articles.page(reads, id);
    }

    /** Page {@code n} (from 1) of a theme or keyword. */
    public Map<String, Object> term(PageReads reads, TermKind kind, String key, int n) {
        return terms.page(reads, kind, key, n);
    }

    public Map<String, Object> home(PageReads reads) {
        return indexes.home(reads);
    }

    /** Page {@code n} (from 1) of the list of all articles. */
    public Map<String, Object> articleList(PageReads reads, int n) {
        return indexes.articleList(reads, n);
    }

    /** Page {@code n} (from 1) of the A–Z list of a kind of terms. */
    public Map<String, Object> termIndex(PageReads reads, TermKind kind, int n) {
        return indexes.termIndex(reads, kind, n);
    }

    public Map<String, Object> searchPage(PageReads reads) {
        return indexes.searchPage(reads);
    }

    public Map<String, Object> signalsPage(PageReads reads) {
        return indexes.signalsPage(reads);
    }

    public Map<String, Object> notFound(PageReads reads) {
        return indexes.notFound(reads);
    }

    /** Page {@code n} (from 1) of a year of the timeline. */
    public Map<String, Object> timeline(PageReads reads, String year, int n) {
        return timeline.timeline(reads, year, n);
    }

    /** Themes ranked by momentum. */
    public Map<String, Object> trends(PageReads reads) {
        return trends.page(reads);
    }

    /** One newsletter issue. */
    public Map<String, Object> issue(PageReads reads, String token) {
        return timeline.issue(reads, token);
    }

    /** A topic analysis. */
    public Map<String, Object> topic(PageReads reads, String id) {
        return topics.page(reads, id);
    }

    /** Page {@code n} (from 1) of the list of topic analyses. */
    public Map<String, Object> topicList(PageReads reads, int n) {
        return topics.list(reads, n);
    }
}

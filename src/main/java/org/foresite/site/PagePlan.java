package org.foresite.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.foresite.link.Issue;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.LinkedTopic;
import org.foresite.link.PageLayout;
import org.foresite.link.PageReads;
import org.foresite.link.Paging;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.render.ViewFactory;

/** Every page of the site: where it goes, which template renders it, and how to build its context. */
final class PagePlan {
    /**
     * One page. {@code context} reads what the page shows through the given {@link PageReads}, which records it;
     * {@code lastModified} is the newest issue date of what the page shows (null when undated); {@code listed}
     * pages go into the sitemap.
     */
    record Page(String path, String template, Function<PageReads, Map<String, Object>> context, LocalDate lastModified,
            boolean listed, Function<PageReads, byte[]> file) {
        Page(String path, String template, Function<PageReads, Map<String, Object>> context, LocalDate lastModified) {
            this(path, template, context, lastModified, true, null);
        }

        Page(String path, String template, Function<PageReads, Map<String, Object>> context, LocalDate lastModified,
                boolean listed) {
            this(path, template, context, lastModified, listed, null);
        }

        /** A file made by code rather than a template (a feed), read like a page; not listed in the sitemap. */
        static Page file(String path, Function<PageReads, byte[]> file) {
            return new Page(path, "", null, null, false, file);
        }
    }

    private PagePlan() {
    }

    static List<Page> of(KnowledgeBase kb, UrlScheme urls, PageLayout layout, ViewFactory views, BuildOptions options) {
        List<Page> pages = new ArrayList<>();
        LocalDate newest = newest(kb.articles());
        pages.add(new Page(UrlScheme.HOME, "index.peb", views::home, newest));
        for (TermKind kind : TermKind.values()) {
            String template = kind == TermKind.THEMES ? "themes.peb" : "keywords.peb";
            for (int n = 1; n <= layout.termIndex(kind).size(); n++) {
                int page = n;
                pages.add(new Page(UrlScheme.termIndex(kind, n), template, r -> views.termIndex(r, kind, page), newest));
            }
        }
        pages.add(new Page(UrlScheme.SEARCH, "search.peb", views::searchPage, newest));
        pages.add(new Page(UrlScheme.NOT_FOUND, "404.peb", views::notFound, null, false));
        for (PageLayout.Year year : layout.years()) {
            for (int n = 1; n <= year.pages().size(); n++) {
                int page = n;
                List<Paging.Slice<PageLayout.Month, Issue>> shown = year.pages().get(n - 1);
                LocalDate date = shown.isEmpty() ? null : shown.get(0).items().get(0).date();
                pages.add(new Page(urls.timeline(year.year(), n), "timeline.peb", r -> views.timeline(r, year.year(), page),
                        date));
            }
        }
        pages.add(new Page(UrlScheme.SIGNALS, "signals.peb", views::signalsPage, newest));
        pages.add(new Page(UrlScheme.TRENDS, "trends.peb", views::trends, newest));
        for (Issue issue : kb.issues()) {
            pages.add(new Page(urls.issue(issue.token()), "issue.peb", r -> views.issue(r, issue.token()), issue.date()));
        }
        int perPage = layout.sizes().articlesPerPage();
        for (int n = 1; n <= layout.articleListPages(); n++) {
            int page = n;
            List<Article> slice = kb.articles().subList(Math.min(kb.articles().size(), (n - 1) * perPage),
                    Math.min(kb.articles().size(), n * perPage));
            pages.add(new Page(UrlScheme.articleList(n), "articles.peb", r -> views.articleList(r, page), newest(slice)));
        }
        for (Article a : kb.articles()) {
            pages.add(new Page(urls.article(a.id()), "article.peb", r -> views.article(r, a.id()), a.issueDate()));
        }
        for (int n = 1; n <= layout.topicListPages(); n++) {
            int page = n;
            pages.add(new Page(UrlScheme.topicList(n), "topics.peb", r -> views.topicList(r, page), null));
        }
        for (LinkedTopic t : kb.topics()) {
            String id = t.topic().id();
            pages.add(new Page(urls.topic(id), "topic.peb", r -> views.topic(r, id), null));
        }
        for (TermKind kind : TermKind.values()) {
            String template = kind == TermKind.THEMES ? "theme.peb" : "keyword.peb";
            for (Term t : kind.of(kb)) {
                for (int n = 1; n <= layout.termPages(t); n++) {
                    int page = n;
                    String newestShown = t.articleIds().get(Math.min(t.articleIds().size() - 1, (n - 1) * perPage));
                    pages.add(new Page(urls.term(kind, t.key(), n), template, r -> views.term(r, kind, t.key(), page),
                            kb.article(newestShown).issueDate()));
                }
            }
        }
        if (options.baseUrl() != null) {
            for (Term t : kb.themes()) {
                pages.add(Page.file(urls.themeFeed(t.key()), r -> Feeds.theme(r, t.key(), options)));
            }
        }
        return pages;
    }

    /** Articles come newest first, undated last: the first dated one is the newest. */
    private static LocalDate newest(List<Article> articles) {
        return articles.stream().map(Article::issueDate).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}

package org.foresite.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.Issue;
import org.foresite.link.PageLayout;
import org.foresite.link.Paging;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Term;
import org.foresite.render.ViewFactory;

/** Every page of the site: where it goes, which template renders it, and how to build its context. */
final class PagePlan {
    /**
     * One page. {@code lastModified} is the newest issue date of what the page shows (null when undated);
     * {@code listed} pages go into the sitemap.
     */
    record Page(String path, String template, Supplier<Map<String, Object>> context, LocalDate lastModified,
            boolean listed, Supplier<String> inputs, Object subject) {
        Page(String path, String template, Supplier<Map<String, Object>> context, LocalDate lastModified) {
            this(path, template, context, lastModified, true, null, null);
        }

        /** A page about one article or term ({@code subject}), with a description of its inputs. */
        Page(String path, String template, Supplier<Map<String, Object>> context, LocalDate lastModified,
                Supplier<String> inputs, Object subject) {
            this(path, template, context, lastModified, true, inputs, subject);
        }

        /**
         * The text that decides whether the page must be rendered again: a description of its inputs where the
         * view factory gives one (the pages of articles and terms, nearly all of them), else the whole context.
         */
        String fingerprintText() {
            return inputs != null ? "inputs " + inputs.get() : "context " + context.get();
        }
    }

    /** The subject of the pages of a term: the term, and the path of its first page (which names it in snapshots). */
    record TermSubject(String firstPage, Term term) {
    }

    private PagePlan() {
    }

    static List<Page> of(KnowledgeBase kb, UrlScheme urls, PageLayout layout, ViewFactory views) {
        List<Page> pages = new ArrayList<>();
        LocalDate newest = newest(kb.articles());
        pages.add(new Page(UrlScheme.HOME, "index.peb", views::home, newest));
        for (TermKind kind : TermKind.values()) {
            String template = kind == TermKind.THEMES ? "themes.peb" : "keywords.peb";
            for (int n = 1; n <= layout.termIndex(kind).size(); n++) {
                int page = n;
                pages.add(new Page(UrlScheme.termIndex(kind, n), template, () -> views.termIndex(kind, page), newest,
                        true, null, kind));
            }
        }
        pages.add(new Page(UrlScheme.SEARCH, "search.peb", views::searchPage, newest));
        pages.add(new Page(UrlScheme.NOT_FOUND, "404.peb", views::notFound, null, false, null, null));
        for (int y = 0; y < layout.years().size(); y++) {
            PageLayout.Year year = layout.years().get(y);
            for (int n = 1; n <= year.pages().size(); n++) {
                int yearIndex = y;
                int page = n;
                List<Paging.Slice<PageLayout.Month, Issue>> shown = year.pages().get(n - 1);
                LocalDate date = shown.isEmpty() ? null : shown.get(0).items().get(0).date();
                pages.add(new Page(urls.timeline(year.year(), n), "timeline.peb", () -> views.timeline(yearIndex, page),
                        date));
            }
        }
        pages.add(new Page(UrlScheme.SIGNALS, "signals.peb", views::signalsPage, newest));
        for (int i = 0; i < kb.issues().size(); i++) {
            int index = i;
            pages.add(new Page(urls.issue(kb.issues().get(i).token()), "issue.peb", () -> views.issue(index),
                    kb.issues().get(i).date(), () -> views.issueInputs(index), null));
        }
        int perPage = layout.sizes().articlesPerPage();
        for (int n = 1; n <= layout.articleListPages(); n++) {
            int page = n;
            List<Article> slice = kb.articles().subList(Math.min(kb.articles().size(), (n - 1) * perPage),
                    Math.min(kb.articles().size(), n * perPage));
            pages.add(new Page(UrlScheme.articleList(n), "articles.peb", () -> views.articleList(page), newest(slice)));
        }
        for (Article a : kb.articles()) {
            pages.add(new Page(urls.article(a.id()), "article.peb", () -> views.article(a), date(a), () -> views.articleInputs(a), a));
        }
        for (TermKind kind : TermKind.values()) {
            String template = kind == TermKind.THEMES ? "theme.peb" : "keyword.peb";
            for (Term t : kind.of(kb)) {
                TermSubject subject = new TermSubject(urls.term(kind, t.key(), 1), t);
                Supplier<String> inputs = kind == TermKind.THEMES ? () -> views.themeInputs(t) : () -> views.keywordInputs(t);
                for (int n = 1; n <= layout.termPages(t); n++) {
                    int page = n;
                    int perTerm = layout.sizes().articlesPerPage();
                    String newestShown = t.articleIds().get(Math.min(t.articleIds().size() - 1, (n - 1) * perTerm));
                    Supplier<Map<String, Object>> context = kind == TermKind.THEMES
                            ? () -> views.theme(t, page) : () -> views.keyword(t, page);
                    pages.add(new Page(urls.term(kind, t.key(), n), template, context, date(kb.article(newestShown)),
                            inputs, subject));
                }
            }
        }
        return pages;
    }

    private static LocalDate date(Article a) {
        return a.origin() == null ? null : a.origin().date();
    }

    /** Articles come newest first, undated last: the first dated one is the newest. */
    private static LocalDate newest(List<Article> articles) {
        return articles.stream().map(PagePlan::date).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}

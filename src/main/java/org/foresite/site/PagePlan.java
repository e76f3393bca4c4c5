package org.foresite.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.foresite.link.KnowledgeBase;
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

    private PagePlan() {
    }

    static List<Page> of(KnowledgeBase kb, UrlScheme urls, ViewFactory views) {
        List<Page> pages = new ArrayList<>();
        LocalDate newest = newest(kb.articles());
        pages.add(new Page(UrlScheme.HOME, "index.peb", views::home, newest));
        pages.add(new Page(UrlScheme.THEMES, "themes.peb", views::themeIndex, newest));
        pages.add(new Page(UrlScheme.KEYWORDS, "keywords.peb", views::keywordIndex, newest));
        pages.add(new Page(UrlScheme.SEARCH, "search.peb", views::searchPage, newest));
        pages.add(new Page(UrlScheme.NOT_FOUND, "404.peb", views::notFound, null, false, null, null));
        pages.add(new Page(UrlScheme.TIMELINE, "timeline.peb", views::timeline, newest));
        pages.add(new Page(UrlScheme.SIGNALS, "signals.peb", views::signalsPage, newest));
        for (int i = 0; i < kb.issues().size(); i++) {
            int index = i;
            pages.add(new Page(urls.issue(kb.issues().get(i).token()), "issue.peb", () -> views.issue(index),
                    kb.issues().get(i).date(), () -> views.issueInputs(index), null));
        }
        int listPages = Math.max(1, (kb.articles().size() + ViewFactory.ARTICLES_PER_PAGE - 1) / ViewFactory.ARTICLES_PER_PAGE);
        for (int n = 1; n <= listPages; n++) {
            int page = n;
            List<Article> slice = kb.articles().subList((n - 1) * ViewFactory.ARTICLES_PER_PAGE,
                    Math.min(kb.articles().size(), n * ViewFactory.ARTICLES_PER_PAGE));
            pages.add(new Page(UrlScheme.articleList(n), "articles.peb", () -> views.articleList(page, listPages),
                    newest(slice)));
        }
        for (Article a : kb.articles()) {
            pages.add(new Page(urls.article(a.id()), "article.peb", () -> views.article(a), date(a), () -> views.articleInputs(a), a));
        }
        for (Term t : kb.themes()) {
            pages.add(new Page(urls.theme(t.key()), "theme.peb", () -> views.theme(t), date(kb.article(t.articleIds().get(0))),
                    () -> views.themeInputs(t), t));
        }
        for (Term t : kb.keywords()) {
            pages.add(new Page(urls.keyword(t.key()), "keyword.peb", () -> views.keyword(t), date(kb.article(t.articleIds().get(0))),
                    () -> views.keywordInputs(t), t));
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

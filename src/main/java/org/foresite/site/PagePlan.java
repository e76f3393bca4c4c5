package org.foresite.site;

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
    record Page(String path, String template, Supplier<Map<String, Object>> context) {
    }

    private PagePlan() {
    }

    static List<Page> of(KnowledgeBase kb, UrlScheme urls, ViewFactory views) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(UrlScheme.HOME, "index.peb", views::home));
        pages.add(new Page(UrlScheme.THEMES, "themes.peb", views::themeIndex));
        pages.add(new Page(UrlScheme.KEYWORDS, "keywords.peb", views::keywordIndex));
        pages.add(new Page(UrlScheme.SEARCH, "search.peb", views::searchPage));
        for (Article a : kb.articles()) {
            pages.add(new Page(urls.article(a.id()), "article.peb", () -> views.article(a)));
        }
        for (Term t : kb.themes()) {
            pages.add(new Page(urls.theme(t.key()), "theme.peb", () -> views.theme(t)));
        }
        for (Term t : kb.keywords()) {
            pages.add(new Page(urls.keyword(t.key()), "keyword.peb", () -> views.keyword(t)));
        }
        return pages;
    }
}

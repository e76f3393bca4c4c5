package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.foresite.link.PageReads;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.render.Views.ArticleItemView;

/**
 * Articles as lists show them (linked title, issue date, a one-line summary). One-line summaries are remembered
 * for the build: a popular article is listed on dozens of pages.
 */
final class ArticleItems {
    /** By article id: one instance serves one build, in which an id names one article. */
    private final Map<String, String> blurbs = new ConcurrentHashMap<>();

    List<ArticleItemView> of(PageReads reads, String from, List<String> ids) {
        List<ArticleItemView> items = new ArrayList<>(ids.size());
        for (String id : ids) {
            Article a = reads.article(id);
            items.add(new ArticleItemView(UrlScheme.href(from, reads.articlePath(id)), a.title(),
                    Text.date(a.issueDate()),
                    Text.isoDate(a.issueDate()), blurb(a)));
        }
        return items;
    }

    String blurb(Article a) {
        return blurbs.computeIfAbsent(a.id(), id -> Text.blurb(a.summary()));
    }
}

package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.render.Views.ArticleItemView;

/**
 * Articles as lists show them (linked title, issue date, a one-line summary), with the one-line summaries
 * remembered: a popular article is listed on dozens of pages.
 */
final class ArticleItems {
    private final KnowledgeBase kb;
    private final UrlScheme urls;
    /** One-line summaries by article id, each with the article it was made from. */
    private final Map<String, Blurb> blurbs = new ConcurrentHashMap<>();

    private record Blurb(Article article, String text) {
    }

    /** Items for {@code kb}, reusing the summaries {@code previous} made of articles that are the very same objects. */
    ArticleItems(KnowledgeBase kb, UrlScheme urls, ArticleItems previous) {
        this.kb = kb;
        this.urls = urls;
        if (previous != null) {
            previous.blurbs.forEach((id, blurb) -> {
                if (kb.byId().get(id) == blurb.article()) {
                    blurbs.put(id, blurb);
                }
            });
        }
    }

    List<ArticleItemView> of(String from, List<String> ids) {
        List<ArticleItemView> items = new ArrayList<>(ids.size());
        for (String id : ids) {
            Article a = kb.article(id);
            items.add(new ArticleItemView(UrlScheme.href(from, urls.article(id)), a.title(),
                    a.origin() == null ? "" : Text.date(a.origin().date()),
                    a.origin() == null ? "" : Text.isoDate(a.origin().date()), blurb(a)));
        }
        return items;
    }

    String blurb(Article a) {
        Blurb known = blurbs.get(a.id());
        if (known != null && known.article() == a) {
            return known.text();
        }
        String text = Text.blurb(a.summary());
        blurbs.put(a.id(), new Blurb(a, text));
        return text;
    }
}

package org.foresite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foresite.link.ClosestLink;
import org.foresite.link.Input;
import org.foresite.link.PageReads;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.TermKey;
import org.foresite.render.Views.ArticleView;
import org.foresite.render.Views.ClosestView;
import org.foresite.render.Views.LinkView;

/** The page of an article. */
record ArticleViews(PageChrome chrome, MarkdownRenderer markdown, ArticleItems items) {

    Map<String, Object> page(PageReads reads, String id) {
        Article a = reads.article(id);
        String path = reads.articlePath(id);
        List<LinkView> crumbs = new ArrayList<>(chrome.crumbs(path));
        if (!a.themes().isEmpty()) {
            Input.TermLink theme = reads.termLink(TermKind.THEMES, TermKey.of(a.themes().get(0)));
            crumbs.add(PageChrome.link(path, theme.path(), theme.display()));
        }
        List<ClosestView> closest = new ArrayList<>();
        for (ClosestLink c : reads.closest(id)) {
            closest.add(new ClosestView(c.text(), c.resolved() ? UrlScheme.href(path, reads.articlePath(c.targetId())) : null));
        }
        String issueHref = a.origin() == null ? null : Text.safeExternal(a.origin().url());
        String external = Text.safeExternal(a.externalUrl());
        ArticleView view = new ArticleView(a.id(), a.title(),
                a.origin() == null ? "" : a.origin().issue(),
                a.origin() == null ? null : UrlScheme.href(path, reads.issueLink(a.origin().issue()).path()), issueHref,
                Text.date(a.issueDate()),
                Text.isoDate(a.issueDate()),
                external, external == null ? a.externalUrl() : "",
                markdown.render(a.summary()),
                terms(reads, path, a.themes(), TermKind.THEMES), terms(reads, path, a.keywords(), TermKind.KEYWORDS),
                a.other(), SectionViews.of(a.sections(), markdown), closest,
                items.of(reads, path, reads.referencedBy(id)), items.of(reads, path, reads.related(id)),
                reads.citedBy(id).stream().map(t -> PageChrome.link(path, t.path(), t.name())).toList());
        return PageChrome.context(chrome.page(reads, path, a.title(), items.blurb(a), crumbs), "article", view);
    }

    private static List<LinkView> terms(PageReads reads, String from, List<String> spellings, TermKind kind) {
        return spellings.stream().map(s -> {
            Input.TermLink link = reads.termLink(kind, TermKey.of(s));
            return PageChrome.link(from, link.path(), link.display());
        }).toList();
    }
}

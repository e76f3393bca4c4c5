package org.foresite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foresite.link.Input;
import org.foresite.link.PageReads;
import org.foresite.link.PageSizes;
import org.foresite.link.TermKind;
import org.foresite.link.TermMemo;
import org.foresite.link.UrlScheme;
import org.foresite.model.Article;
import org.foresite.model.Signal;
import org.foresite.model.Term;
import org.foresite.model.TermKey;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.SignalView;
import org.foresite.render.Views.TermCountView;
import org.foresite.render.Views.TermView;

/** The pages of a theme or keyword: its articles, a page at a time; a theme's first page also its company and signals. */
record TermViews(PageChrome chrome, ArticleItems items, PageSizes sizes) {
    static final int SIGNALS_ON_THEME = 30;
    static final int RELATED_THEMES = 12;

    /** Page {@code n} (from 1) of a term. */
    Map<String, Object> page(PageReads reads, TermKind kind, String key, int n) {
        Term term = reads.term(kind, key);
        String path = reads.termPage(kind, key, n);
        List<TermCountView> related = List.of();
        List<SignalView> signals = new ArrayList<>();
        int signalCount = 0;
        String explorer = null;
        String cards = null;
        Views.ChartView chart = null;
        String feed = null;
        if (kind == TermKind.THEMES && n == 1) {
            Map<String, Integer> together = new HashMap<>();
            for (String id : term.articleIds()) {
                Article a = reads.article(id);
                a.themes().stream().map(TermKey::of).distinct().filter(k -> !k.equals(key))
                        .forEach(k -> together.merge(k, 1, Integer::sum));
                for (Signal s : a.signals()) {
                    signalCount++;
                    if (signals.size() < SIGNALS_ON_THEME) {
                        signals.add(new SignalView(s.name(), s.change(), s.horizon(),
                                UrlScheme.href(path, reads.articlePath(id)), a.title()));
                    }
                }
            }
            Comparator<Input.TermLink> alphabetical = TermMemo.alphabetical();
            // Only the themes that can be among those shown are read: as frequent as the last one shown, or more
            // (ties there are ordered A-Z, so all of them). A big theme comes with thousands of others.
            int cut = together.values().stream().sorted(Comparator.reverseOrder()).skip(RELATED_THEMES - 1)
                    .findFirst().orElse(0);
            related = together.keySet().stream().filter(k -> together.get(k) >= cut)
                    .map(k -> reads.termLink(TermKind.THEMES, k))
                    .sorted(Comparator.comparing((Input.TermLink t) -> -together.get(t.key())).thenComparing(alphabetical))
                    .limit(RELATED_THEMES)
                    .map(t -> new TermCountView(UrlScheme.href(path, t.path()), t.display(), together.get(t.key())))
                    .toList();
            explorer = UrlScheme.href(path, UrlScheme.SIGNALS) + "?theme=" + reads.termSlug(kind, key);
            cards = explorer + "&cards=1";
            var quarters = reads.themeQuarters(key);
            if (quarters != null) {
                chart = Charts.of("chart", term.display(), quarters);
            }
            if (chrome.baseUrl() != null) {
                feed = UrlScheme.href(path, reads.themeFeed(key));
            }
        }
        int perPage = sizes.articlesPerPage();
        List<String> ids = term.articleIds();
        List<String> shown = ids.subList(Math.min(ids.size(), (n - 1) * perPage), Math.min(ids.size(), n * perPage));
        String indexPath = UrlScheme.termIndex(kind, 1);
        List<LinkView> crumbs = new ArrayList<>(chrome.crumbs(path, PageChrome.link(path, indexPath, kind.plural())));
        String firstPage = reads.termPage(kind, key, 1);
        if (n > 1) {
            crumbs.add(PageChrome.link(path, firstPage, term.display()));
        }
        TermView view = new TermView(kind.singular(), kind.plural(), term.display(), ids.size(),
                UrlScheme.href(path, indexPath), UrlScheme.href(path, firstPage), (n - 1) * perPage + 1,
                items.of(reads, path, shown),
                Pager.of(path, n, PageSizes.pageCount(ids.size(), perPage), p -> reads.termPage(kind, key, p)),
                related, signals, signalCount, explorer, signals.isEmpty() ? null : cards, chart, feed);
        String description = kind.singular() + " “" + term.display() + "”: " + ids.size()
                + (ids.size() == 1 ? " article." : " articles.");
        String title = n == 1 ? term.display() : term.display() + ", page " + n;
        return PageChrome.context(chrome.page(reads, path, title, description, crumbs), "term", view);
    }
}

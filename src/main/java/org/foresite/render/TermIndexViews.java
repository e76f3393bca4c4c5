package org.foresite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foresite.link.PageLayout;
import org.foresite.link.Paging;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Term;
import org.foresite.render.Views.CloudTermView;
import org.foresite.render.Views.LetterGroupView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.TermCountView;
import org.foresite.render.Views.TermIndexView;

/** The pages of the A–Z lists of themes and keywords. */
final class TermIndexViews {
    static final int CLOUD_TERMS = 100;

    private final org.foresite.link.KnowledgeBase kb;
    private final UrlScheme urls;
    private final PageLayout layout;
    private final PageChrome chrome;

    TermIndexViews(org.foresite.link.KnowledgeBase kb, UrlScheme urls, PageLayout layout, PageChrome chrome) {
        this.kb = kb;
        this.urls = urls;
        this.layout = layout;
        this.chrome = chrome;
    }

    /** Page {@code n} (from 1) of the A–Z list of a kind of terms. */
    Map<String, Object> page(TermKind kind, int n) {
        List<List<Paging.Slice<PageLayout.Letter, Term>>> pages = layout.termIndex(kind);
        String path = UrlScheme.termIndex(kind, n);
        List<LinkView> letters = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            for (Paging.Slice<PageLayout.Letter, Term> slice : pages.get(p - 1)) {
                if (!slice.continued()) {
                    letters.add(new LinkView(anchorHref(path, UrlScheme.termIndex(kind, p), slice.group().anchor()),
                            slice.group().label()));
                }
            }
        }
        List<LetterGroupView> groups = new ArrayList<>();
        for (Paging.Slice<PageLayout.Letter, Term> slice : pages.get(n - 1)) {
            groups.add(new LetterGroupView(slice.group().label(), slice.group().anchor(), slice.continued(),
                    slice.items().stream().map(t -> new TermCountView(UrlScheme.href(path, urls.term(kind, t.key(), 1)),
                            t.display(), t.articleIds().size())).toList()));
        }
        List<Term> terms = kind.of(kb);
        String plural = kind.plural();
        TermIndexView view = new TermIndexView(kind.singular(), plural, terms.size(), letters, groups,
                n == 1 ? cloud(terms, path, kind) : List.of(),
                Pager.of(path, n, pages.size(), p -> UrlScheme.termIndex(kind, p)),
                UrlScheme.href(path, UrlScheme.finder(kind)), UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT));
        String title = n == 1 ? plural : plural + ", page " + n;
        String description = "All " + terms.size() + " " + plural.toLowerCase(Locale.ROOT) + " of " + chrome.siteName()
                + ", A–Z" + (pages.size() > 1 ? " (page " + n + " of " + pages.size() + ")." : ".");
        List<LinkView> crumbs = n == 1 ? chrome.crumbs(path)
                : chrome.crumbs(path, PageChrome.link(path, UrlScheme.termIndex(kind, 1), plural));
        return PageChrome.context(chrome.page(path, title, description, crumbs), "index", view);
    }

    /** A link to an element of another page, or of this one. */
    static String anchorHref(String from, String to, String anchor) {
        return (from.equals(to) ? "" : UrlScheme.href(from, to)) + "#" + anchor;
    }

    /** The most used terms, A–Z, each with a size class from its count on a log scale. */
    private List<CloudTermView> cloud(List<Term> terms, String path, TermKind kind) {
        // The knowledge base lists terms A–Z already: a term's position is its alphabetical rank.
        Map<Term, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            rank.put(terms.get(i), i);
        }
        List<Term> top = terms.stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.articleIds().size()).thenComparing(rank::get))
                .limit(CLOUD_TERMS).filter(t -> t.articleIds().size() > 1)
                .sorted(Comparator.comparing(rank::get)).toList();
        int max = top.stream().mapToInt(t -> t.articleIds().size()).max().orElse(1);
        return top.stream().map(t -> new CloudTermView(UrlScheme.href(path, urls.term(kind, t.key(), 1)), t.display(),
                t.articleIds().size(),
                max <= 1 ? 1 : 1 + (int) Math.round(4 * Math.log(t.articleIds().size()) / Math.log(max)))).toList();
    }
}

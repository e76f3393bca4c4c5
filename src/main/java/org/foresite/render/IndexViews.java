package org.foresite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foresite.link.Input;
import org.foresite.link.PageLayout;
import org.foresite.link.PageReads;
import org.foresite.link.PageSizes;
import org.foresite.link.Paging;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.ArticleListView;
import org.foresite.render.Views.CloudTermView;
import org.foresite.render.Views.HomeView;
import org.foresite.render.Views.LetterGroupView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.PageView;
import org.foresite.render.Views.SearchView;
import org.foresite.render.Views.SignalsView;
import org.foresite.render.Views.TermCountView;
import org.foresite.render.Views.TermIndexView;

/** The pages that lead into the knowledge base: home, the list of articles, the A–Z lists, search, signals, 404. */
record IndexViews(PageChrome chrome, ArticleItems items, PageSizes sizes) {
    static final int LATEST_ON_HOME = 20;
    static final int THEMES_ON_HOME = 30;
    static final int CLOUD_TERMS = 100;
    static final int EMERGING_ON_HOME = 8;

    Map<String, Object> home(PageReads reads) {
        String path = UrlScheme.HOME;
        Input.Counts counts = reads.counts();
        List<TermCountView> top = reads.topTerms(TermKind.THEMES, THEMES_ON_HOME).stream()
                .map(t -> new TermCountView(UrlScheme.href(path, t.path()), t.display(), t.count())).toList();
        List<TermCountView> emerging = reads.trends().emerging().stream().limit(EMERGING_ON_HOME)
                .map(t -> new TermCountView(UrlScheme.href(path, reads.termPage(TermKind.THEMES, t.key(), 1)),
                        t.display(), t.now())).toList();
        HomeView view = new HomeView(counts.articles(), counts.themes(), counts.keywords(), counts.signals(),
                counts.issues(), UrlScheme.href(path, UrlScheme.THEMES), UrlScheme.href(path, UrlScheme.KEYWORDS),
                items.of(reads, path, reads.latest(LATEST_ON_HOME)), top, UrlScheme.href(path, UrlScheme.TRENDS),
                emerging, UrlScheme.href(path, UrlScheme.SIGNALS_CSV), UrlScheme.href(path, UrlScheme.ARTICLES_JSON),
                counts.topics(), UrlScheme.href(path, UrlScheme.TOPICS));
        String description = chrome.siteName() + ": " + counts.articles() + " articles on signals of change.";
        return PageChrome.context(chrome.page(reads, path, chrome.siteName(), description, List.of()), "home", view);
    }

    /** Page n of the list of all articles, newest first. */
    Map<String, Object> articleList(PageReads reads, int n) {
        String path = UrlScheme.articleList(n);
        Input.ListPage list = reads.articleList(n);
        int total = reads.counts().articles();
        ArticleListView view = new ArticleListView(n, list.pageCount(), total,
                (n - 1) * sizes.articlesPerPage() + 1, items.of(reads, path, list.ids()),
                Pager.of(path, n, list.pageCount(), UrlScheme::articleList));
        String title = n == 1 ? "Articles" : "Articles, page " + n;
        return PageChrome.context(chrome.page(reads, path, title, "All " + total + " articles of " + chrome.siteName()
                + ", newest first.", chrome.crumbs(path)), "list", view);
    }

    /** Page {@code n} (from 1) of the A–Z list of a kind of terms. */
    Map<String, Object> termIndex(PageReads reads, TermKind kind, int n) {
        String path = UrlScheme.termIndex(kind, n);
        Input.IndexNav nav = reads.termIndexNav(kind);
        List<LinkView> letters = nav.letters().stream().map(l -> new LinkView(
                anchorHref(path, UrlScheme.termIndex(kind, l.page()), l.letter().anchor()), l.letter().label())).toList();
        List<LetterGroupView> groups = new ArrayList<>();
        for (Paging.Slice<PageLayout.Letter, Input.IndexedTerm> slice : reads.termIndexPage(kind, n)) {
            groups.add(new LetterGroupView(slice.group().label(), slice.group().anchor(), slice.continued(),
                    slice.items().stream().map(t -> new TermCountView(UrlScheme.href(path, t.path()), t.display(),
                            t.count())).toList()));
        }
        Input.Counts counts = reads.counts();
        int total = kind == TermKind.THEMES ? counts.themes() : counts.keywords();
        String plural = kind.plural();
        TermIndexView view = new TermIndexView(kind.singular(), plural, total, letters, groups,
                n == 1 ? cloud(reads, kind, path) : List.of(),
                Pager.of(path, n, nav.pageCount(), p -> UrlScheme.termIndex(kind, p)),
                UrlScheme.href(path, UrlScheme.finder(kind)), UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT));
        String title = n == 1 ? plural : plural + ", page " + n;
        String description = "All " + total + " " + plural.toLowerCase(Locale.ROOT) + " of " + chrome.siteName()
                + ", A–Z" + (nav.pageCount() > 1 ? " (page " + n + " of " + nav.pageCount() + ")." : ".");
        List<LinkView> crumbs = n == 1 ? chrome.crumbs(path)
                : chrome.crumbs(path, PageChrome.link(path, UrlScheme.termIndex(kind, 1), plural));
        return PageChrome.context(chrome.page(reads, path, title, description, crumbs), "index", view);
    }

    /** A link to an element of another page, or of this one. */
    static String anchorHref(String from, String to, String anchor) {
        return (from.equals(to) ? "" : UrlScheme.href(from, to)) + "#" + anchor;
    }

    /** The most used terms, A–Z, each with a size class from its count on a log scale. */
    private static List<CloudTermView> cloud(PageReads reads, TermKind kind, String path) {
        List<Input.IndexedTerm> top = reads.topTerms(kind, CLOUD_TERMS).stream().filter(t -> t.count() > 1)
                .sorted(Comparator.comparingInt(Input.IndexedTerm::rank)).toList();
        int max = top.stream().mapToInt(Input.IndexedTerm::count).max().orElse(1);
        return top.stream().map(t -> new CloudTermView(UrlScheme.href(path, t.path()), t.display(), t.count(),
                max <= 1 ? 1 : 1 + (int) Math.round(4 * Math.log(t.count()) / Math.log(max)))).toList();
    }

    Map<String, Object> searchPage(PageReads reads) {
        String path = UrlScheme.SEARCH;
        int articles = reads.counts().articles();
        SearchView view = new SearchView(UrlScheme.href(path, UrlScheme.SEARCH), UrlScheme.href(path, chrome.searchFolder()),
                UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT), UrlScheme.href(path, UrlScheme.SEARCH_PAGE_SCRIPT), articles);
        return PageChrome.context(chrome.page(reads, path, "Search", "Search the " + articles + " articles of "
                + chrome.siteName() + ".", chrome.crumbs(path)), "search", view);
    }

    Map<String, Object> signalsPage(PageReads reads) {
        String path = UrlScheme.SIGNALS;
        Input.Counts counts = reads.counts();
        SignalsView view = new SignalsView(UrlScheme.href(path, UrlScheme.SIGNALS_DATA),
                UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT), UrlScheme.href(path, UrlScheme.SIGNALS_SCRIPT),
                counts.signals(), counts.articlesWithSignals(), UrlScheme.href(path, UrlScheme.SIGNALS_CSV),
                UrlScheme.href(path, UrlScheme.ARTICLES_JSON));
        return PageChrome.context(chrome.page(reads, path, "Signals", "All " + counts.signals() + " signals of change in "
                + chrome.siteName() + ", sortable and filterable.", chrome.crumbs(path)), "signals", view);
    }

    /**
     * The page a host serves for any missing path, at any depth: with the base URL known, a base element makes
     * its links work from anywhere; without it they work from the site root.
     */
    Map<String, Object> notFound(PageReads reads) {
        String path = UrlScheme.NOT_FOUND;
        PageView page = chrome.page(reads, path, "Page not found", "This page does not exist.", chrome.crumbs(path));
        page = new PageView(page.title(), null, page.siteName(), page.description(), page.stylesheet(), page.favicon(),
                page.home(), page.themes(), page.keywords(), page.articles(), page.timeline(), page.signals(),
                page.topics(), page.search(), page.script(), page.themeScript(), page.searchIndex(), page.searchEngine(), chrome.baseUrl(),
                page.breadcrumbs());
        return PageChrome.context(page, "notFound", new LinkView(page.home(), chrome.siteName()));
    }
}

package org.foresite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.foresite.link.ClosestLink;
import org.foresite.link.Issue;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.PageLayout;
import org.foresite.link.TermKind;
import org.foresite.link.UrlScheme;
import org.foresite.model.Alignment;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.Section;
import org.foresite.model.Signal;
import org.foresite.model.Table;
import org.foresite.model.Term;
import org.foresite.model.TermKey;
import org.foresite.render.Views.ArticleListView;
import org.foresite.render.Views.ArticleView;
import org.foresite.render.Views.BlockView;
import org.foresite.render.Views.CellView;
import org.foresite.render.Views.ClosestView;
import org.foresite.render.Views.HomeView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.PageView;
import org.foresite.render.Views.SearchView;
import org.foresite.render.Views.SectionView;
import org.foresite.render.Views.SignalView;
import org.foresite.render.Views.SignalsView;
import org.foresite.render.Views.TableView;
import org.foresite.render.Views.TermCountView;
import org.foresite.render.Views.TermView;

/**
 * Builds the template context of every page kind from the linked knowledge base.
 * Thread-safe: pages are rendered in parallel.
 */
public final class ViewFactory {
    public static final int LATEST_ON_HOME = 20;
    public static final int THEMES_ON_HOME = 30;
    public static final int SIGNALS_ON_THEME = 30;
    public static final int RELATED_THEMES = 12;

    private final KnowledgeBase kb;
    private final UrlScheme urls;
    private final PageLayout layout;
    private final MarkdownRenderer markdown;
    private final PageChrome chrome;
    private final ArticleItems items;
    private final TermIndexViews termIndexes;
    private final TimelineViews timelines;
    private final Function<Article, String> digest;
    private final Map<String, String> themeDisplays;
    private final Map<String, String> keywordDisplays;
    private final Map<String, Term> themesByKey = new HashMap<>();
    /** A theme's position in the A–Z list of themes, by key: compared instead of collating displays again. */
    private final Map<String, Integer> themeRank = new HashMap<>();

    /** {@code baseUrl} is the absolute URL the site is published at, ending in '/', or null when unknown. */
    public ViewFactory(KnowledgeBase kb, UrlScheme urls, PageLayout layout, MarkdownRenderer markdown, String siteName,
            String baseUrl) {
        this(kb, urls, layout, markdown, siteName, baseUrl, null, Article::toString);
    }

    /**
     * A factory for the next build, reusing what {@code previous} derived from articles that are still the very
     * same objects (as a builder kept alive between builds hands them over). {@code digest} gives a short text
     * that differs whenever an article differs (the hash of its seed file, say); the page input descriptions use
     * it instead of the articles' whole text.
     */
    public ViewFactory(KnowledgeBase kb, UrlScheme urls, PageLayout layout, MarkdownRenderer markdown, String siteName,
            String baseUrl, ViewFactory previous, Function<Article, String> digest) {
        this.digest = digest;
        this.kb = kb;
        this.urls = urls;
        this.layout = layout;
        this.markdown = markdown;
        this.chrome = new PageChrome(siteName, baseUrl);
        this.items = new ArticleItems(kb, urls, previous == null ? null : previous.items);
        this.termIndexes = new TermIndexViews(kb, urls, layout, chrome);
        this.timelines = new TimelineViews(kb, urls, layout, chrome, items);
        this.themeDisplays = displays(kb.themes());
        this.keywordDisplays = displays(kb.keywords());
        kb.themes().forEach(t -> themesByKey.put(t.key(), t));
        for (int i = 0; i < kb.themes().size(); i++) {
            themeRank.put(kb.themes().get(i).key(), i);
        }
    }

    public Map<String, Object> article(Article a) {
        String path = urls.article(a.id());
        List<LinkView> crumbs = new ArrayList<>();
        crumbs.add(link(path, UrlScheme.HOME, "Home"));
        if (!a.themes().isEmpty()) {
            String theme = a.themes().get(0);
            crumbs.add(link(path, urls.theme(TermKey.of(theme)), displayTheme(theme)));
        }
        List<ClosestView> closest = new ArrayList<>();
        for (ClosestLink c : kb.closest().get(a.id())) {
            closest.add(new ClosestView(c.text(), c.resolved() ? UrlScheme.href(path, urls.article(c.targetId())) : null));
        }
        String issueHref = a.origin() == null ? null : Text.safeExternal(a.origin().url());
        String external = Text.safeExternal(a.externalUrl());
        ArticleView view = new ArticleView(a.id(), a.title(),
                a.origin() == null ? "" : a.origin().issue(),
                a.origin() == null ? null : UrlScheme.href(path, urls.issue(a.origin().issue())), issueHref,
                a.origin() == null ? "" : Text.date(a.origin().date()),
                a.origin() == null ? "" : Text.isoDate(a.origin().date()),
                external, external == null ? a.externalUrl() : "",
                markdown.render(a.summary()),
                terms(path, a.themes(), urls::theme, this::displayTheme),
                terms(path, a.keywords(), urls::keyword, this::displayKeyword),
                a.other(), sections(a.sections()), closest,
                items.of(path, kb.referencedBy().get(a.id())), items.of(path, kb.related().getOrDefault(a.id(), List.of())));
        return context(chrome.page(path, a.title(), items.blurb(a), crumbs), "article", view);
    }

    /**
     * Page {@code n} (from 1) of a theme: a run of its articles; the first page also shows the themes that come
     * with it and the first of its articles' signals.
     */
    public Map<String, Object> theme(Term term, int n) {
        String path = urls.term(TermKind.THEMES, term.key(), n);
        if (n > 1) {
            return term(TermKind.THEMES, term, n, List.of(), List.of(), 0, null);
        }
        Map<String, Integer> together = new HashMap<>();
        List<SignalView> signals = new ArrayList<>();
        int signalCount = 0;
        for (String id : term.articleIds()) {
            Article a = kb.article(id);
            a.themes().stream().map(TermKey::of).distinct().filter(k -> !k.equals(term.key()))
                    .forEach(k -> together.merge(k, 1, Integer::sum));
            for (Signal s : a.signals()) {
                signalCount++;
                if (signals.size() < SIGNALS_ON_THEME) {
                    signals.add(new SignalView(s.name(), s.change(), s.horizon(),
                            UrlScheme.href(path, urls.article(id)), a.title()));
                }
            }
        }
        List<TermCountView> related = together.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(e -> themeRank.get(e.getKey())))
                .limit(RELATED_THEMES)
                .map(e -> new TermCountView(UrlScheme.href(path, urls.theme(e.getKey())),
                        themesByKey.get(e.getKey()).display(), e.getValue()))
                .toList();
        String explorer = UrlScheme.href(path, UrlScheme.SIGNALS) + "?theme="
                + urls.slug(TermKind.THEMES, term.key());
        return term(TermKind.THEMES, term, n, related, signals, signalCount, explorer);
    }

    /** Page {@code n} (from 1) of a keyword: a run of its articles. */
    public Map<String, Object> keyword(Term term, int n) {
        return term(TermKind.KEYWORDS, term, n, List.of(), List.of(), 0, null);
    }

    /*
     * What a page's view is made from, as text, for the incremental build: when the text is the same as last
     * time, so is the view, and the page is neither built nor rendered. Far cheaper than the view itself (no
     * Markdown, no links to compute). Each must name everything its view method above reads from the knowledge
     * base; IncrementalBuildTest compares rebuilds with clean builds to keep them honest.
     */

    /** Everything {@link #article} reads: its links and the items it lists. */
    public String articleInputs(Article a) {
        StringBuilder s = new StringBuilder(articleLinks(a));
        s.append("\nreferenced by");
        itemInputs(s, kb.referencedBy().get(a.id()));
        s.append("\nrelated");
        itemInputs(s, kb.related().getOrDefault(a.id(), List.of()));
        return s.toString();
    }

    /**
     * An article and how it is linked: its digest, the display and page of each of its terms, its Closest links,
     * its issue page, and which articles it lists as referencing and related. Its page differs from the last
     * build's only if this text does, or an article it lists has a new digest; the page of a term differs only if
     * the term does, or this text does for one of its articles.
     */
    public String articleLinks(Article a) {
        StringBuilder s = new StringBuilder(digest.apply(a));
        termInputs(s, a.themes(), urls::theme, this::displayTheme);
        termInputs(s, a.keywords(), urls::keyword, this::displayKeyword);
        for (ClosestLink c : kb.closest().get(a.id())) {
            s.append("\nclosest ").append(c.text()).append('\u0000').append(c.resolved() ? urls.article(c.targetId()) : "");
        }
        if (a.origin() != null) {
            s.append("\nissue ").append(urls.issue(a.origin().issue()));
        }
        s.append("\nreferenced by ").append(kb.referencedBy().get(a.id()));
        s.append("\nrelated ").append(kb.related().getOrDefault(a.id(), List.of()));
        return s.toString();
    }

    /** The digest of an article, as given to this factory. */
    public String digest(Article a) {
        return digest.apply(a);
    }

    /**
     * Everything {@link #theme} reads: its articles (items and signals, both within their digests), the display
     * and page of every theme they carry (for the related themes), and its page count.
     */
    public String themeInputs(Term term) {
        StringBuilder s = new StringBuilder();
        s.append(term).append('\n').append(urls.theme(term.key())).append(' ').append(layout.termPages(term));
        itemInputs(s, term.articleIds());
        for (String id : term.articleIds()) {
            termInputs(s, kb.article(id).themes(), urls::theme, this::displayTheme);
        }
        return s.toString();
    }

    /** Everything {@link #keyword} reads. */
    public String keywordInputs(Term term) {
        StringBuilder s = new StringBuilder();
        s.append(term).append('\n').append(urls.keyword(term.key())).append(' ').append(layout.termPages(term));
        itemInputs(s, term.articleIds());
        return s.toString();
    }

    /** Everything {@link #issue} reads. */
    public String issueInputs(int index) {
        Issue issue = kb.issues().get(index);
        StringBuilder s = new StringBuilder();
        s.append(issue).append('\n').append(urls.issue(issue.token()));
        s.append("\ntimeline ").append(timelines.timelinePageOf(issue));
        itemInputs(s, issue.articleIds());
        for (int neighbour : new int[] {index - 1, index + 1}) {
            if (neighbour >= 0 && neighbour < kb.issues().size()) {
                Issue other = kb.issues().get(neighbour);
                s.append("\nneighbour ").append(neighbour - index).append(' ').append(other.token()).append(' ')
                        .append(other.date()).append(' ').append(urls.issue(other.token()));
            }
        }
        return s.toString();
    }

    private void termInputs(StringBuilder s, List<String> spellings, Function<String, String> pathOf,
            Function<String, String> display) {
        for (String spelling : spellings) {
            s.append("\nterm ").append(spelling).append('\u0000').append(display.apply(spelling)).append('\u0000')
                    .append(pathOf.apply(TermKey.of(spelling)));
        }
    }

    /** What {@link ArticleItems#of} shows of each article: its page and (within its digest) title, date and summary. */
    private void itemInputs(StringBuilder s, List<String> ids) {
        for (String id : ids) {
            s.append("\nitem ").append(urls.article(id)).append('\u0000').append(digest.apply(kb.article(id)));
        }
    }

    /** Page {@code n} (from 1) of the A–Z list of a kind of terms. */
    public Map<String, Object> termIndex(TermKind kind, int n) {
        return termIndexes.page(kind, n);
    }

    /** Page {@code n} (from 1) of year number {@code y} (from 0, newest first) of the timeline. */
    public Map<String, Object> timeline(int y, int n) {
        return timelines.timeline(y, n);
    }

    /** One newsletter issue with its articles and links to the issues before and after it. */
    public Map<String, Object> issue(int index) {
        return timelines.issue(index);
    }

    public Map<String, Object> home() {
        String path = UrlScheme.HOME;
        List<String> latest = kb.articles().stream().limit(LATEST_ON_HOME).map(Article::id).toList();
        List<TermCountView> top = kb.themes().stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.articleIds().size())
                        .thenComparing(t -> themeRank.get(t.key())))
                .limit(THEMES_ON_HOME)
                .map(t -> new TermCountView(UrlScheme.href(path, urls.theme(t.key())), t.display(), t.articleIds().size()))
                .toList();
        long issues = kb.articles().stream().filter(a -> a.origin() != null).map(a -> a.origin().issue()).distinct().count();
        HomeView view = new HomeView(kb.articles().size(), kb.themes().size(), kb.keywords().size(), kb.signalCount(),
                (int) issues, UrlScheme.href(path, UrlScheme.THEMES), UrlScheme.href(path, UrlScheme.KEYWORDS),
                items.of(path, latest), top);
        String description = chrome.siteName() + ": " + kb.articles().size() + " articles on signals of change.";
        return context(chrome.page(path, chrome.siteName(), description, List.of()), "home", view);
    }

    private Map<String, Object> term(TermKind kind, Term term, int n, List<TermCountView> relatedThemes,
            List<SignalView> signals, int signalCount, String signalsHref) {
        String path = urls.term(kind, term.key(), n);
        String indexPath = UrlScheme.termIndex(kind, 1);
        int perPage = layout.sizes().articlesPerPage();
        List<String> ids = term.articleIds();
        List<String> shown = ids.subList(Math.min(ids.size(), (n - 1) * perPage), Math.min(ids.size(), n * perPage));
        List<LinkView> crumbs = new ArrayList<>(chrome.crumbs(path, link(path, indexPath, kind.plural())));
        if (n > 1) {
            crumbs.add(link(path, urls.term(kind, term.key(), 1), term.display()));
        }
        TermView view = new TermView(kind.singular(), kind.plural(), term.display(), ids.size(),
                UrlScheme.href(path, indexPath), UrlScheme.href(path, urls.term(kind, term.key(), 1)),
                (n - 1) * perPage + 1, items.of(path, shown),
                Pager.of(path, n, layout.termPages(term), p -> urls.term(kind, term.key(), p)),
                relatedThemes, signals, signalCount, signalsHref);
        String description = kind.singular() + " “" + term.display() + "”: " + ids.size()
                + (ids.size() == 1 ? " article." : " articles.");
        String title = n == 1 ? term.display() : term.display() + ", page " + n;
        return context(chrome.page(path, title, description, crumbs), "term", view);
    }

    private List<SectionView> sections(List<Section> sections) {
        List<SectionView> views = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (Section s : sections) {
            String anchor = Text.anchor(s.name());
            for (int n = 2; !anchors.add(anchor); n++) {
                anchor = Text.anchor(s.name()) + "-" + n;
            }
            List<BlockView> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Block.TableBlock t) {
                    blocks.add(new BlockView(table(t.table()), null));
                } else if (b instanceof Block.TextBlock text) {
                    blocks.add(new BlockView(null, markdown.render(text.markdown())));
                }
            }
            views.add(new SectionView(s.name(), anchor, blocks));
        }
        return views;
    }

    private static TableView table(Table table) {
        int columns = table.columnCount();
        List<CellView> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(new CellView(c < table.headers().size() ? Text.columnLabel(table.headers().get(c)) : "",
                    align(table.alignment(c))));
        }
        List<List<CellView>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<CellView> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new CellView(c < row.size() ? row.get(c) : "", align(table.alignment(c))));
            }
            rows.add(cells);
        }
        return new TableView(headers, rows);
    }

    private static String align(Alignment alignment) {
        return alignment == Alignment.RIGHT || alignment == Alignment.CENTER
                ? alignment.name().toLowerCase(Locale.ROOT) : "";
    }

    private List<LinkView> terms(String from, List<String> spellings, Function<String, String> pathOf,
            Function<String, String> display) {
        return spellings.stream().map(s -> link(from, pathOf.apply(TermKey.of(s)), display.apply(s))).toList();
    }

    private String displayTheme(String spelling) {
        return themeDisplays.getOrDefault(TermKey.of(spelling), spelling);
    }

    private String displayKeyword(String spelling) {
        return keywordDisplays.getOrDefault(TermKey.of(spelling), spelling);
    }

    /** Merged display spellings by key, so a term reads the same on every page that names it. */
    private static Map<String, String> displays(List<Term> terms) {
        Map<String, String> byKey = new java.util.HashMap<>();
        terms.forEach(t -> byKey.put(t.key(), t.display()));
        return byKey;
    }

    public Map<String, Object> searchPage() {
        String path = UrlScheme.SEARCH;
        SearchView view = new SearchView(UrlScheme.href(path, UrlScheme.SEARCH),
                UrlScheme.href(path, org.foresite.search.IndexFiles.DIR), UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT),
                UrlScheme.href(path, UrlScheme.SEARCH_PAGE_SCRIPT), kb.articles().size());
        return context(chrome.page(path, "Search", "Search the " + kb.articles().size() + " articles of "
                + chrome.siteName() + ".", chrome.crumbs(path)), "search", view);
    }

    /** Page n of the list of all articles, newest first. */
    public Map<String, Object> articleList(int n) {
        String path = UrlScheme.articleList(n);
        int perPage = layout.sizes().articlesPerPage();
        List<String> ids = kb.articles().subList(Math.min(kb.articles().size(), (n - 1) * perPage),
                Math.min(kb.articles().size(), n * perPage)).stream().map(Article::id).toList();
        ArticleListView view = new ArticleListView(n, layout.articleListPages(), kb.articles().size(),
                (n - 1) * perPage + 1, items.of(path, ids),
                Pager.of(path, n, layout.articleListPages(), UrlScheme::articleList));
        String title = n == 1 ? "Articles" : "Articles, page " + n;
        return context(chrome.page(path, title, "All " + kb.articles().size() + " articles of " + chrome.siteName()
                + ", newest first.", chrome.crumbs(path)), "list", view);
    }

    public Map<String, Object> signalsPage() {
        String path = UrlScheme.SIGNALS;
        int withSignals = (int) kb.articles().stream().filter(a -> a.signalCount() > 0).count();
        SignalsView view = new SignalsView(UrlScheme.href(path, UrlScheme.SIGNALS_DATA),
                UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT), UrlScheme.href(path, UrlScheme.SIGNALS_SCRIPT),
                kb.signalCount(), withSignals);
        return context(chrome.page(path, "Signals", "All " + kb.signalCount() + " signals of change in "
                + chrome.siteName() + ", sortable and filterable.", chrome.crumbs(path)), "signals", view);
    }

    /**
     * The page a host serves for any missing path, at any depth: with the base URL known, a base element makes
     * its links work from anywhere; without it they work from the site root.
     */
    public Map<String, Object> notFound() {
        String path = UrlScheme.NOT_FOUND;
        PageView page = chrome.page(path, "Page not found", "This page does not exist.", chrome.crumbs(path));
        page = new PageView(page.title(), null, page.siteName(), page.description(), page.stylesheet(), page.favicon(),
                page.home(), page.themes(), page.keywords(), page.articles(), page.timeline(), page.signals(), page.search(), page.script(),
                page.themeScript(), chrome.baseUrl(),
                page.breadcrumbs());
        return context(page, "notFound", new LinkView(page.home(), chrome.siteName()));
    }

    private static LinkView link(String from, String to, String label) {
        return PageChrome.link(from, to, label);
    }

    private static Map<String, Object> context(PageView page, String name, Object view) {
        return PageChrome.context(page, name, view);
    }
}

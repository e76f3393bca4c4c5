package org.foresite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.foresite.link.ClosestLink;
import org.foresite.link.Issue;
import org.foresite.link.KnowledgeBase;
import org.foresite.link.UrlScheme;
import org.foresite.model.Alignment;
import org.foresite.model.Article;
import org.foresite.model.Block;
import org.foresite.model.Section;
import org.foresite.model.Table;
import org.foresite.model.Term;
import org.foresite.model.TermKey;
import org.foresite.render.Views.ArticleItemView;
import org.foresite.render.Views.ArticleListView;
import org.foresite.render.Views.ArticleView;
import org.foresite.render.Views.BlockView;
import org.foresite.render.Views.CellView;
import org.foresite.render.Views.ClosestView;
import org.foresite.render.Views.HomeView;
import org.foresite.render.Views.IssueSummaryView;
import org.foresite.render.Views.IssueView;
import org.foresite.render.Views.MonthView;
import org.foresite.render.Views.TimelineView;
import org.foresite.render.Views.YearView;
import org.foresite.render.Views.LetterGroupView;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.PageView;
import org.foresite.render.Views.SearchView;
import org.foresite.render.Views.SignalsView;
import org.foresite.render.Views.SignalView;
import org.foresite.render.Views.CloudTermView;
import org.foresite.render.Views.SectionView;
import org.foresite.render.Views.TableView;
import org.foresite.render.Views.TermCountView;
import org.foresite.render.Views.TermIndexView;
import org.foresite.render.Views.TermView;

/**
 * Builds the template context of every page kind from the linked knowledge base.
 * Thread-safe: pages are rendered in parallel.
 */
public final class ViewFactory {
    public static final int LATEST_ON_HOME = 20;
    public static final int THEMES_ON_HOME = 30;
    public static final int ARTICLES_PER_PAGE = 100;
    public static final int SIGNALS_ON_THEME = 30;
    public static final int RELATED_THEMES = 12;
    public static final int CLOUD_TERMS = 100;
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final KnowledgeBase kb;
    private final UrlScheme urls;
    private final MarkdownRenderer markdown;
    private final String siteName;
    private final String baseUrl;
    /** One-line summaries by article id, each with the article it was made from. */
    private final Map<String, Blurb> blurbs;
    private final Function<Article, String> digest;
    private final Map<String, String> themeDisplays;
    private final Map<String, String> keywordDisplays;
    private final Map<String, Term> themesByKey = new HashMap<>();
    /** A theme's position in the A–Z list of themes, by key: compared instead of collating displays again. */
    private final Map<String, Integer> themeRank = new HashMap<>();

    /** {@code baseUrl} is the absolute URL the site is published at, ending in '/', or null when unknown. */
    public ViewFactory(KnowledgeBase kb, UrlScheme urls, MarkdownRenderer markdown, String siteName, String baseUrl) {
        this(kb, urls, markdown, siteName, baseUrl, null, Article::toString);
    }

    /**
     * A factory for the next build, reusing what {@code previous} derived from articles that are still the very
     * same objects (as a builder kept alive between builds hands them over). {@code digest} gives a short text
     * that differs whenever an article differs (the hash of its seed file, say); the page input descriptions use
     * it instead of the articles' whole text.
     */
    public ViewFactory(KnowledgeBase kb, UrlScheme urls, MarkdownRenderer markdown, String siteName, String baseUrl,
            ViewFactory previous, Function<Article, String> digest) {
        this.digest = digest;
        this.blurbs = new ConcurrentHashMap<>();
        if (previous != null) {
            previous.blurbs.forEach((id, blurb) -> {
                if (kb.byId().get(id) == blurb.article()) {
                    blurbs.put(id, blurb);
                }
            });
        }
        this.kb = kb;
        this.urls = urls;
        this.markdown = markdown;
        this.siteName = siteName;
        this.baseUrl = baseUrl;
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
                items(path, kb.referencedBy().get(a.id())), items(path, kb.related().getOrDefault(a.id(), List.of())));
        return context(page(path, a.title(), blurb(a), crumbs), "article", view);
    }

    public Map<String, Object> theme(Term term) {
        String path = urls.theme(term.key());
        Map<String, Integer> together = new HashMap<>();
        List<SignalView> signals = new ArrayList<>();
        int signalCount = 0;
        for (String id : term.articleIds()) {
            Article a = kb.article(id);
            a.themes().stream().map(TermKey::of).distinct().filter(k -> !k.equals(term.key()))
                    .forEach(k -> together.merge(k, 1, Integer::sum));
            for (Section s : a.sections()) {
                if (!s.isNamed("signals") || s.table().isEmpty()) {
                    continue;
                }
                for (List<String> row : SignalsData.rows(s.table().get())) {
                    signalCount++;
                    if (signals.size() < SIGNALS_ON_THEME) {
                        signals.add(new SignalView(row.get(0), row.get(2), row.get(3),
                                UrlScheme.href(path, urls.article(id)), a.title()));
                    }
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
        String explorer = UrlScheme.href(path, UrlScheme.SIGNALS) + "?theme=" + java.net.URLEncoder.encode(term.key(),
                java.nio.charset.StandardCharsets.UTF_8);
        return term(term, path, "Theme", "Themes", UrlScheme.THEMES, related, signals, signalCount, explorer);
    }

    public Map<String, Object> keyword(Term term) {
        return term(term, urls.keyword(term.key()), "Keyword", "Keywords", UrlScheme.KEYWORDS, List.of(), List.of(), 0, null);
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
     * Everything {@link #theme} reads: its articles (items and signals, both within their digests) and the
     * display and page of every theme they carry, for the related themes.
     */
    public String themeInputs(Term term) {
        StringBuilder s = new StringBuilder();
        s.append(term).append('\n').append(urls.theme(term.key()));
        itemInputs(s, term.articleIds());
        for (String id : term.articleIds()) {
            termInputs(s, kb.article(id).themes(), urls::theme, this::displayTheme);
        }
        return s.toString();
    }

    /** Everything {@link #keyword} reads. */
    public String keywordInputs(Term term) {
        StringBuilder s = new StringBuilder();
        s.append(term).append('\n').append(urls.keyword(term.key()));
        itemInputs(s, term.articleIds());
        return s.toString();
    }

    /** Everything {@link #issue} reads. */
    public String issueInputs(int index) {
        Issue issue = kb.issues().get(index);
        StringBuilder s = new StringBuilder();
        s.append(issue).append('\n').append(urls.issue(issue.token()));
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

    /** What {@link #items} shows of each article: its page and (within its digest) title, date and summary. */
    private void itemInputs(StringBuilder s, List<String> ids) {
        for (String id : ids) {
            s.append("\nitem ").append(urls.article(id)).append('\u0000').append(digest.apply(kb.article(id)));
        }
    }

    public Map<String, Object> themeIndex() {
        return termIndex(kb.themes(), UrlScheme.THEMES, "Theme", "Themes", urls::theme);
    }

    public Map<String, Object> keywordIndex() {
        return termIndex(kb.keywords(), UrlScheme.KEYWORDS, "Keyword", "Keywords", urls::keyword);
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
                (int) issues, themes(path), keywords(path), items(path, latest), top);
        String description = siteName + ": " + kb.articles().size() + " articles on signals of change.";
        return context(page(path, siteName, description, List.of()), "home", view);
    }

    private Map<String, Object> term(Term term, String path, String kind, String plural, String indexPath,
            List<TermCountView> relatedThemes, List<SignalView> signals, int signalCount, String signalsHref) {
        List<LinkView> crumbs = List.of(link(path, UrlScheme.HOME, "Home"), link(path, indexPath, plural));
        TermView view = new TermView(kind, plural, term.display(), term.articleIds().size(),
                UrlScheme.href(path, indexPath), items(path, term.articleIds()), relatedThemes, signals, signalCount,
                signalsHref);
        String description = kind + " “" + term.display() + "”: " + term.articleIds().size()
                + (term.articleIds().size() == 1 ? " article." : " articles.");
        return context(page(path, term.display(), description, crumbs), "term", view);
    }

    private Map<String, Object> termIndex(List<Term> terms, String path, String kind, String plural,
            Function<String, String> pathOf) {
        Map<String, List<TermCountView>> byLetter = new LinkedHashMap<>();
        for (Term t : terms) {
            byLetter.computeIfAbsent(letter(t.display()), l -> new ArrayList<>())
                    .add(new TermCountView(UrlScheme.href(path, pathOf.apply(t.key())), t.display(), t.articleIds().size()));
        }
        List<LetterGroupView> groups = new ArrayList<>();
        byLetter.forEach((letter, list) -> groups.add(new LetterGroupView(letter,
                "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT)), list)));
        // The collator sorts digits and symbols first; readers expect them in one group at the end.
        groups.sort(Comparator.comparing((LetterGroupView g) -> g.letter().equals("#")));
        TermIndexView view = new TermIndexView(kind, plural, terms.size(), groups, cloud(terms, path, pathOf));
        List<LinkView> crumbs = List.of(link(path, UrlScheme.HOME, "Home"));
        String description = "All " + terms.size() + " " + plural.toLowerCase(Locale.ROOT) + " of " + siteName + ", A–Z.";
        return context(page(path, plural, description, crumbs), "index", view);
    }

    /** The most used terms, A–Z, each with a size class from its count on a log scale. */
    private List<CloudTermView> cloud(List<Term> terms, String path, Function<String, String> pathOf) {
        // The knowledge base lists terms A–Z already: a term's position is its alphabetical rank.
        Map<Term, Integer> rank = new java.util.IdentityHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            rank.put(terms.get(i), i);
        }
        List<Term> top = terms.stream()
                .sorted(Comparator.comparingInt((Term t) -> -t.articleIds().size()).thenComparing(rank::get))
                .limit(CLOUD_TERMS).filter(t -> t.articleIds().size() > 1)
                .sorted(Comparator.comparing(rank::get)).toList();
        int max = top.stream().mapToInt(t -> t.articleIds().size()).max().orElse(1);
        return top.stream().map(t -> new CloudTermView(UrlScheme.href(path, pathOf.apply(t.key())), t.display(),
                t.articleIds().size(),
                max <= 1 ? 1 : 1 + (int) Math.round(4 * Math.log(t.articleIds().size()) / Math.log(max)))).toList();
    }

    /** The group letter of a term: its first letter without accents, or '#' for digits and symbols. */
    private static String letter(String display) {
        String slug = org.foresite.link.Slugger.slug(display.substring(0, display.offsetByCodePoints(0, 1)));
        char c = slug.isEmpty() ? '#' : slug.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf(Character.toUpperCase(c)) : "#";
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

    private List<ArticleItemView> items(String from, List<String> ids) {
        List<ArticleItemView> items = new ArrayList<>(ids.size());
        for (String id : ids) {
            Article a = kb.article(id);
            items.add(new ArticleItemView(UrlScheme.href(from, urls.article(id)), a.title(),
                    a.origin() == null ? "" : Text.date(a.origin().date()),
                    a.origin() == null ? "" : Text.isoDate(a.origin().date()), blurb(a)));
        }
        return items;
    }

    private String blurb(Article a) {
        Blurb known = blurbs.get(a.id());
        if (known != null && known.article() == a) {
            return known.text();
        }
        String text = Text.blurb(a.summary());
        blurbs.put(a.id(), new Blurb(a, text));
        return text;
    }

    private record Blurb(Article article, String text) {
    }

    public Map<String, Object> searchPage() {
        String path = UrlScheme.SEARCH;
        SearchView view = new SearchView(UrlScheme.href(path, UrlScheme.SEARCH),
                UrlScheme.href(path, org.foresite.search.IndexFiles.DIR), UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT),
                UrlScheme.href(path, UrlScheme.SEARCH_PAGE_SCRIPT), kb.articles().size());
        return context(page(path, "Search", "Search the " + kb.articles().size() + " articles of " + siteName + ".",
                List.of(link(path, UrlScheme.HOME, "Home"))), "search", view);
    }

    /** Page n of the list of all articles, newest first. */
    public Map<String, Object> articleList(int n, int pageCount) {
        String path = UrlScheme.articleList(n);
        List<String> ids = kb.articles().subList((n - 1) * ARTICLES_PER_PAGE,
                Math.min(kb.articles().size(), n * ARTICLES_PER_PAGE)).stream().map(Article::id).toList();
        List<LinkView> pages = new ArrayList<>();
        for (int i = 1; i <= pageCount; i++) {
            pages.add(i == n ? new LinkView(null, String.valueOf(i)) : link(path, UrlScheme.articleList(i), String.valueOf(i)));
        }
        ArticleListView view = new ArticleListView(n, pageCount, kb.articles().size(), items(path, ids),
                n > 1 ? UrlScheme.href(path, UrlScheme.articleList(n - 1)) : null,
                n < pageCount ? UrlScheme.href(path, UrlScheme.articleList(n + 1)) : null, pages);
        String title = n == 1 ? "Articles" : "Articles, page " + n;
        return context(page(path, title, "All " + kb.articles().size() + " articles of " + siteName + ", newest first.",
                List.of(link(path, UrlScheme.HOME, "Home"))), "list", view);
    }

    public Map<String, Object> signalsPage() {
        String path = UrlScheme.SIGNALS;
        int withSignals = (int) kb.articles().stream().filter(a -> a.signalCount() > 0).count();
        SignalsView view = new SignalsView(UrlScheme.href(path, UrlScheme.SIGNALS_DATA),
                UrlScheme.href(path, UrlScheme.SIGNALS_SCRIPT), kb.signalCount(), withSignals);
        return context(page(path, "Signals", "All " + kb.signalCount() + " signals of change in " + siteName
                + ", sortable and filterable.", List.of(link(path, UrlScheme.HOME, "Home"))), "signals", view);
    }

    /** Every issue, newest first, grouped by year and month; undated issues last. */
    public Map<String, Object> timeline() {
        String path = UrlScheme.TIMELINE;
        Map<String, Map<String, List<IssueSummaryView>>> byYear = new LinkedHashMap<>();
        for (Issue issue : kb.issues()) {
            String year = issue.date() == null ? "Undated" : String.valueOf(issue.date().getYear());
            String month = issue.date() == null ? "Undated" : MONTH.format(issue.date());
            List<LinkView> titles = issue.articleIds().stream()
                    .map(id -> link(path, urls.article(id), kb.article(id).title())).toList();
            byYear.computeIfAbsent(year, y -> new LinkedHashMap<>()).computeIfAbsent(month, m -> new ArrayList<>())
                    .add(new IssueSummaryView(issue.token(), UrlScheme.href(path, urls.issue(issue.token())),
                            Text.date(issue.date()), Text.isoDate(issue.date()), titles));
        }
        List<YearView> years = new ArrayList<>();
        byYear.forEach((year, months) -> {
            List<MonthView> monthViews = new ArrayList<>();
            months.forEach((month, issues) -> monthViews.add(new MonthView(month,
                    "m-" + org.foresite.link.Slugger.slug(month), issues)));
            years.add(new YearView(year, "y-" + org.foresite.link.Slugger.slug(year), monthViews));
        });
        TimelineView view = new TimelineView(kb.issues().size(), kb.articles().size(), years);
        return context(page(path, "Timeline", "The " + kb.issues().size() + " newsletter issues of " + siteName
                + ", newest first.", List.of(link(path, UrlScheme.HOME, "Home"))), "timeline", view);
    }

    /** One newsletter issue with its articles and links to the issues before and after it. */
    public Map<String, Object> issue(int index) {
        Issue issue = kb.issues().get(index);
        String path = urls.issue(issue.token());
        LinkView newer = index > 0 ? issueLink(path, kb.issues().get(index - 1)) : null;
        LinkView older = index + 1 < kb.issues().size() ? issueLink(path, kb.issues().get(index + 1)) : null;
        IssueView view = new IssueView(issue.token(), Text.date(issue.date()), Text.isoDate(issue.date()),
                Text.safeExternal(issue.url()), items(path, issue.articleIds()), newer, older,
                UrlScheme.href(path, UrlScheme.TIMELINE));
        String title = "Issue " + issue.token();
        return context(page(path, title, title + ": " + issue.articleIds().size()
                + (issue.articleIds().size() == 1 ? " article." : " articles."),
                List.of(link(path, UrlScheme.HOME, "Home"), link(path, UrlScheme.TIMELINE, "Timeline"))), "issue", view);
    }

    private LinkView issueLink(String from, Issue issue) {
        return link(from, urls.issue(issue.token()), issue.date() == null ? issue.token() : Text.date(issue.date()));
    }

    /**
     * The page a host serves for any missing path, at any depth: with the base URL known, a base element makes
     * its links work from anywhere; without it they work from the site root.
     */
    public Map<String, Object> notFound() {
        String path = UrlScheme.NOT_FOUND;
        PageView page = page(path, "Page not found", "This page does not exist.", List.of(link(path, UrlScheme.HOME, "Home")));
        page = new PageView(page.title(), null, page.siteName(), page.description(), page.stylesheet(), page.favicon(),
                page.home(), page.themes(), page.keywords(), page.articles(), page.timeline(), page.signals(), page.search(), page.script(),
                page.themeScript(), baseUrl,
                page.breadcrumbs());
        return context(page, "notFound", new LinkView(page.home(), siteName));
    }

    private PageView page(String path, String title, String description, List<LinkView> crumbs) {
        return new PageView(title, canonical(path), siteName, description, stylesheet(path),
                UrlScheme.href(path, UrlScheme.FAVICON), home(path), themes(path), keywords(path),
                UrlScheme.href(path, UrlScheme.ARTICLES), UrlScheme.href(path, UrlScheme.TIMELINE),
                UrlScheme.href(path, UrlScheme.SIGNALS),
                UrlScheme.href(path, UrlScheme.SEARCH),
                UrlScheme.href(path, UrlScheme.SITE_SCRIPT), UrlScheme.href(path, UrlScheme.THEME_SCRIPT), null, crumbs);
    }

    /** The page's absolute URL when the base URL is known; index pages are addressed by their folder. */
    private String canonical(String path) {
        return baseUrl == null ? null : UrlScheme.absolute(baseUrl, path);
    }

    private static LinkView link(String from, String to, String label) {
        return new LinkView(UrlScheme.href(from, to), label);
    }

    private static String stylesheet(String from) {
        return UrlScheme.href(from, UrlScheme.STYLESHEET);
    }

    private static String home(String from) {
        return UrlScheme.href(from, UrlScheme.HOME);
    }

    private static String themes(String from) {
        return UrlScheme.href(from, UrlScheme.THEMES);
    }

    private static String keywords(String from) {
        return UrlScheme.href(from, UrlScheme.KEYWORDS);
    }

    private static Map<String, Object> context(PageView page, String name, Object view) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("page", page);
        context.put(name, view);
        return context;
    }
}

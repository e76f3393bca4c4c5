package org.foresite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foresite.link.PageReads;
import org.foresite.link.UrlScheme;
import org.foresite.render.Views.LinkView;
import org.foresite.render.Views.PageView;

/** What every page shares: the site's name, the header links, the breadcrumbs and the canonical URL. */
final class PageChrome {
    private final String siteName;
    private final String baseUrl;

    private final String searchFolder;
    /** Per folder of the site, the links of its pages' chrome. */
    private final Map<String, Links> linksByFolder = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code baseUrl} is the absolute URL the site is published at, ending in '/', or null when unknown;
     * {@code searchFolder} is the site folder of the search index.
     */
    PageChrome(String siteName, String baseUrl, String searchFolder) {
        this.siteName = siteName;
        this.baseUrl = baseUrl;
        this.searchFolder = searchFolder;
    }

    String searchFolder() {
        return searchFolder;
    }

    String siteName() {
        return siteName;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The page's chrome; its navigation links to the topic analyses only when there are some. */
    PageView page(PageReads reads, String path, String title, String description, List<LinkView> crumbs) {
        Links l = linksByFolder.computeIfAbsent(path.substring(0, path.lastIndexOf('/') + 1), this::links);
        return new PageView(title, baseUrl == null ? null : UrlScheme.absolute(baseUrl, path), siteName, description,
                l.stylesheet(), l.favicon(), l.home(), l.themes(), l.keywords(), l.articles(), l.timeline(),
                l.signals(), reads.hasTopics() ? l.topics() : null, l.search(), l.script(), l.themeScript(),
                l.searchIndex(), l.searchEngine(), null, crumbs);
    }

    /**
     * The links of the chrome, from any page of a folder: the same for all its pages, so made once per folder rather
     * than once per page (tens of thousands of pages share a handful of folders).
     */
    private record Links(String stylesheet, String favicon, String home, String themes, String keywords,
            String articles, String timeline, String signals, String topics, String search, String script,
            String themeScript, String searchIndex, String searchEngine) {
    }

    private Links links(String folder) {
        String from = folder + "page.html";
        return new Links(UrlScheme.href(from, UrlScheme.STYLESHEET), UrlScheme.href(from, UrlScheme.FAVICON),
                UrlScheme.href(from, UrlScheme.HOME), UrlScheme.href(from, UrlScheme.THEMES),
                UrlScheme.href(from, UrlScheme.KEYWORDS), UrlScheme.href(from, UrlScheme.ARTICLES),
                UrlScheme.href(from, UrlScheme.TIMELINE), UrlScheme.href(from, UrlScheme.SIGNALS),
                UrlScheme.href(from, UrlScheme.TOPICS), UrlScheme.href(from, UrlScheme.SEARCH),
                UrlScheme.href(from, UrlScheme.SITE_SCRIPT), UrlScheme.href(from, UrlScheme.THEME_SCRIPT),
                UrlScheme.href(from, searchFolder), UrlScheme.href(from, UrlScheme.SEARCH_SCRIPT));
    }

    /** Home, then the given trail: the usual breadcrumbs of a page one level below home. */
    List<LinkView> crumbs(String from, LinkView... trail) {
        List<LinkView> crumbs = new java.util.ArrayList<>();
        crumbs.add(link(from, UrlScheme.HOME, "Home"));
        crumbs.addAll(List.of(trail));
        return crumbs;
    }

    static LinkView link(String from, String to, String label) {
        return new LinkView(UrlScheme.href(from, to), label);
    }

    static Map<String, Object> context(PageView page, String name, Object view) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("page", page);
        context.put(name, view);
        return context;
    }
}

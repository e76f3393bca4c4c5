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
        return new PageView(title, baseUrl == null ? null : UrlScheme.absolute(baseUrl, path), siteName, description,
                UrlScheme.href(path, UrlScheme.STYLESHEET), UrlScheme.href(path, UrlScheme.FAVICON),
                UrlScheme.href(path, UrlScheme.HOME), UrlScheme.href(path, UrlScheme.THEMES),
                UrlScheme.href(path, UrlScheme.KEYWORDS), UrlScheme.href(path, UrlScheme.ARTICLES),
                UrlScheme.href(path, UrlScheme.TIMELINE), UrlScheme.href(path, UrlScheme.SIGNALS),
                reads.hasTopics() ? UrlScheme.href(path, UrlScheme.TOPICS) : null, UrlScheme.href(path, UrlScheme.SEARCH), UrlScheme.href(path, UrlScheme.SITE_SCRIPT),
                UrlScheme.href(path, UrlScheme.THEME_SCRIPT), UrlScheme.href(path, searchFolder),
                UrlScheme.href(path, UrlScheme.SEARCH_SCRIPT), null, crumbs);
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

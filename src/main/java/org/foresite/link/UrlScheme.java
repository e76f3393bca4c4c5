package org.foresite.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.foresite.model.Article;
import org.foresite.model.Term;

/**
 * The one place that knows where every page lives and how pages link to each other.
 * Paths are relative to the site root; {@link #href} turns two of them into a relative link, so the same
 * output works at a domain root, under a project path such as {@code /kb/}, and opened from disk.
 */
public final class UrlScheme {
    public static final String HOME = "index.html";
    public static final String THEMES = "themes/index.html";
    public static final String KEYWORDS = "keywords/index.html";
    public static final String SEARCH = "search.html";
    public static final String ARTICLES = "articles/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String TIMELINE = "timeline.html";
    public static final String SIGNALS = "signals.html";
    public static final String SIGNALS_DATA = "signals/data.js";
    public static final String SIGNALS_SCRIPT = "assets/signals-page.js";
    public static final String STYLESHEET = "assets/style.css";
    public static final String FAVICON = "assets/favicon.svg";
    public static final String SITE_SCRIPT = "assets/site.js";
    public static final String THEME_SCRIPT = "assets/theme.js";
    public static final String SEARCH_SCRIPT = "assets/search.js";
    public static final String SEARCH_PAGE_SCRIPT = "assets/search-page.js";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final Set<String> RESERVED = Set.of("index");
    /** Article file names the article list pages use. */
    private static final Pattern RESERVED_ARTICLE = Pattern.compile("(?i)index|page-[0-9]+");

    private final Map<String, String> articleFiles;
    private final Map<String, String> themeSlugs;
    private final Map<String, String> keywordSlugs;
    private final Map<String, String> issueSlugs;

    private UrlScheme(Map<String, String> articleFiles, Map<String, String> themeSlugs, Map<String, String> keywordSlugs,
            Map<String, String> issueSlugs) {
        this.articleFiles = articleFiles;
        this.themeSlugs = themeSlugs;
        this.keywordSlugs = keywordSlugs;
        this.issueSlugs = issueSlugs;
    }

    public static UrlScheme of(KnowledgeBase kb) {
        return of(kb, new TermMemo());
    }

    /** The scheme, with the slugs a previous build computed ({@code memo}). */
    public static UrlScheme of(KnowledgeBase kb, TermMemo memo) {
        Map<String, String> articleFiles = new HashMap<>();
        for (Article a : kb.articles()) {
            boolean usable = SAFE_ID.matcher(a.id()).matches() && !RESERVED_ARTICLE.matcher(a.id()).matches();
            articleFiles.put(a.id(), usable ? a.id() : withHash(Slugger.slug(a.id()), a.id()));
        }
        List<String> issues = kb.issues().stream().map(Issue::token).toList();
        return new UrlScheme(articleFiles, slugs(kb.themes().stream().map(Term::key).toList(), memo),
                slugs(kb.keywords().stream().map(Term::key).toList(), memo), slugs(issues, memo));
    }

    public String article(String id) {
        return "articles/" + articleFiles.get(id) + ".html";
    }

    /** Page {@code n} (from 1) of the list of all articles. */
    public static String articleList(int n) {
        return n == 1 ? ARTICLES : "articles/page-" + n + ".html";
    }

    /** The page of a newsletter issue, by its token (e.g. {@code 20250511d}). */
    public String issue(String token) {
        return "issues/" + issueSlugs.get(token) + ".html";
    }

    public String theme(String key) {
        return "themes/" + themeSlugs.get(key) + ".html";
    }

    public String keyword(String key) {
        return "keywords/" + keywordSlugs.get(key) + ".html";
    }

    /** The absolute URL of a page under the base URL; index pages are addressed by their folder. */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    /** The link from the page at {@code from} to the page at {@code to}, both relative to the site root. */
    public static String href(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/", -1);
        int fromDirs = fromParts.length - 1;
        int common = 0;
        while (common < fromDirs && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < fromDirs; i++) {
            link.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]);
            if (i < toParts.length - 1) {
                link.append('/');
            }
        }
        return link.toString();
    }

    /**
     * Gives every key (term key, issue token) a distinct slug. Keys whose readable slugs collide are ordered (the plainest spelling
     * first, then the shortest key, then the key), the first keeps the readable slug and the others get a hash
     * of their key appended: stable between builds, independent of file order.
     */
    private static Map<String, String> slugs(List<String> allKeys, TermMemo memo) {
        Map<String, List<String>> byBase = new TreeMap<>();
        for (String key : allKeys) {
            byBase.computeIfAbsent(memo.slug(key), b -> new ArrayList<>()).add(key);
        }
        Map<String, String> slugs = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<Map.Entry<String, String>> deferred = new ArrayList<>();
        byBase.forEach((base, keys) -> {
            keys.sort(Comparator.comparing((String k) -> !isPlain(k, base)).thenComparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < keys.size(); i++) {
                if (i == 0 && !base.isEmpty() && !RESERVED.contains(base)) {
                    slugs.put(keys.get(i), base);
                    used.add(base);
                } else {
                    deferred.add(Map.entry(keys.get(i), base));
                }
            }
        });
        for (Map.Entry<String, String> e : deferred) {
            String slug = withHash(e.getValue(), e.getKey());
            while (!used.add(slug)) {
                slug = withHash(slug, e.getKey() + slug);
            }
            slugs.put(e.getKey(), slug);
        }
        return slugs;
    }

    private static boolean isPlain(String key, String base) {
        return key.replace(' ', '-').equals(base);
    }

    private static String withHash(String base, String key) {
        return (base.isEmpty() ? "term" : base) + "-" + Slugger.hash(key);
    }
}

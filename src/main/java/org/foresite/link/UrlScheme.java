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
    public static final String TRENDS = "trends.html";
    public static final String TOPICS = "topics/index.html";
    /** Files for people to save, loaded by no page. */
    public static final String SIGNALS_CSV = "downloads/signals.csv";
    public static final String ARTICLES_JSON = "downloads/articles.json";
    /** The folder of the signals explorer's data files. */
    public static final String SIGNALS_DATA = "signals/";
    /** The folder of the year pages of the timeline but its first. */
    public static final String TIMELINE_DIR = "timeline/";
    public static final String SIGNALS_SCRIPT = "assets/signals-page.js";
    public static final String STYLESHEET = "assets/style.css";
    public static final String FAVICON = "assets/favicon.svg";
    public static final String SITE_SCRIPT = "assets/site.js";
    public static final String THEME_SCRIPT = "assets/theme.js";
    public static final String SEARCH_SCRIPT = "assets/search.js";
    public static final String SEARCH_PAGE_SCRIPT = "assets/search-page.js";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** File names the list pages of a folder use (its index and the pages after the first). */
    private static final Pattern RESERVED = Pattern.compile("(?i)index|page-[0-9]+");
    /** Image file names kept as they are beside a topic's page; others get a readable name made for them. */
    private static final Pattern SAFE_IMAGE = Pattern.compile("(?i)[a-z0-9][a-z0-9_-]{0,99}\\.(png|jpe?g|gif|webp|avif|svg)");

    /** By article id, its page: made once, since pages link to articles tens of thousands of times. */
    private final Map<String, String> articlePages;
    private final Map<String, String> topicFiles;
    /** By topic id and image file (relative to the seeds folder), the image's site path. */
    private final Map<String, String> topicImages;
    private final Map<String, String> themeSlugs;
    private final Map<String, String> keywordSlugs;
    private final Map<String, String> issueSlugs;
    /** The year of the newest issue ({@link #year}): its first timeline page is {@link #TIMELINE}. */
    private final String newestYear;

    private UrlScheme(Map<String, String> articlePages, Map<String, String> topicFiles, Map<String, String> topicImages,
            Map<String, String> themeSlugs, Map<String, String> keywordSlugs, Map<String, String> issueSlugs,
            String newestYear) {
        this.articlePages = articlePages;
        this.topicFiles = topicFiles;
        this.topicImages = topicImages;
        this.themeSlugs = themeSlugs;
        this.keywordSlugs = keywordSlugs;
        this.issueSlugs = issueSlugs;
        this.newestYear = newestYear;
    }

    public static UrlScheme of(KnowledgeBase kb) {
        return of(kb, new TermMemo());
    }

    /** The scheme, with the slugs a previous build computed ({@code memo}). */
    public static UrlScheme of(KnowledgeBase kb, TermMemo memo) {
        Map<String, String> articlePages = new HashMap<>();
        for (Article a : kb.articles()) {
            articlePages.put(a.id(), articlePage(a.id()));
        }
        Map<String, String> topicFiles = new HashMap<>();
        Map<String, String> topicImages = new HashMap<>();
        for (LinkedTopic t : kb.topics()) {
            String id = t.topic().id();
            topicFiles.put(id, fileName(id));
            Set<String> names = new HashSet<>();
            for (var card : t.topic().cards()) {
                if (card.file() == null || topicImages.containsKey(id + '\u0000' + card.file())) {
                    continue;
                }
                String name = card.file().substring(card.file().lastIndexOf('/') + 1);
                if (!SAFE_IMAGE.matcher(name).matches() || !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                    int dot = name.lastIndexOf('.');
                    String extension = dot > 0 ? Slugger.slug(name.substring(dot + 1)) : "";
                    name = withHash(Slugger.slug(dot > 0 ? name.substring(0, dot) : name), card.file())
                            + (extension.isEmpty() ? "" : "." + extension);
                    names.add(name.toLowerCase(java.util.Locale.ROOT));
                }
                topicImages.put(id + '\u0000' + card.file(), "topics/" + topicFiles.get(id) + "/" + name);
            }
        }
        List<String> issues = kb.issues().stream().map(Issue::token).toList();
        return new UrlScheme(articlePages, topicFiles, topicImages, slugs(kb.themes().stream().map(Term::key).toList(), memo),
                slugs(kb.keywords().stream().map(Term::key).toList(), memo), slugs(issues, memo),
                year(kb.issues().isEmpty() ? null : kb.issues().get(0).date()));
    }

    /** The page of an article of the knowledge base. */
    public String article(String id) {
        return articlePages.get(id);
    }

    /** The page of an article, from its id alone (what {@link #article} gives), before the knowledge base is linked. */
    public static String articlePage(String id) {
        return "articles/" + fileName(id) + ".html";
    }

    /** An id as a file name: as it is when it is safe in a URL and names no list page, else a slug with a hash. */
    private static String fileName(String id) {
        boolean usable = SAFE_ID.matcher(id).matches() && !RESERVED.matcher(id).matches();
        return usable ? id : withHash(Slugger.slug(id), id);
    }

    /** The page of a topic analysis. */
    public String topic(String id) {
        return "topics/" + topicFiles.get(id) + ".html";
    }

    /** Where a topic's card image (a file relative to the seeds folder) is copied: a folder beside its page. */
    public String topicImage(String topicId, String file) {
        return topicImages.get(topicId + '\u0000' + file);
    }

    /** Page {@code n} (from 1) of the list of topic analyses. */
    public static String topicList(int n) {
        return n == 1 ? TOPICS : "topics/page-" + n + ".html";
    }

    /** Page {@code n} (from 1) of the list of all articles. */
    public static String articleList(int n) {
        return n == 1 ? ARTICLES : "articles/page-" + n + ".html";
    }

    /** Page {@code n} (from 1) of the A–Z list of a kind of terms. */
    public static String termIndex(TermKind kind, int n) {
        return kind.folder() + (n == 1 ? "/index.html" : "/page-" + n + ".html");
    }

    /** Page {@code n} (from 1) of the articles of a term; pages after the first go into a folder of the term's. */
    public String term(TermKind kind, String key, int n) {
        String slug = (kind == TermKind.THEMES ? themeSlugs : keywordSlugs).get(key);
        return kind.folder() + "/" + slug + (n == 1 ? ".html" : "/page-" + n + ".html");
    }

    /** The folder of the lookup files the filter box of a term index reads (all terms by the words they contain). */
    public static String finder(TermKind kind) {
        return "search/" + kind.folder() + "/";
    }

    /** The year a timeline page is named after: the issue date's year, or {@code undated}. */
    public static String year(java.time.LocalDate date) {
        return date == null ? "undated" : String.valueOf(date.getYear());
    }

    /** Page {@code n} (from 1) of the timeline of a {@link #year}; the newest year's first page is {@link #TIMELINE}. */
    public String timeline(String year, int n) {
        if (n == 1 && year.equals(newestYear)) {
            return TIMELINE;
        }
        return TIMELINE_DIR + year + (n == 1 ? "" : "-" + n) + ".html";
    }

    /** The page of a newsletter issue, by its token (e.g. {@code 20250511d}). */
    public String issue(String token) {
        return "issues/" + issueSlugs.get(token) + ".html";
    }

    public String theme(String key) {
        return term(TermKind.THEMES, key, 1);
    }

    public String keyword(String key) {
        return term(TermKind.KEYWORDS, key, 1);
    }

    /** The Atom feed of a theme, beside its page. */
    public String themeFeed(String key) {
        return "themes/" + themeSlugs.get(key) + ".xml";
    }

    /** The slug a term's pages are named after. */
    public String slug(TermKind kind, String key) {
        return (kind == TermKind.THEMES ? themeSlugs : keywordSlugs).get(key);
    }

    /** The absolute URL of a page under the base URL; index pages are addressed by their folder. */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    /** The link from the page at {@code from} to the page at {@code to}, both relative to the site root. */
    public static String href(String from, String to) {
        // Walked along in place: pages make tens of links each, and splitting both paths for every one of them was
        // the views' largest allocation.
        int fromEnd = from.length();
        while (fromEnd > 0 && from.charAt(fromEnd - 1) == '/') {
            fromEnd--;
        }
        int fromDirs = 0;
        for (int i = 0; i < fromEnd; i++) {
            if (from.charAt(i) == '/') {
                fromDirs++;
            }
        }
        int common = 0;
        int f = 0;
        int t = 0;
        while (common < fromDirs) {
            int fromSlash = from.indexOf('/', f);
            int toSlash = to.indexOf('/', t);
            if (toSlash < 0 || fromSlash - f != toSlash - t || !from.regionMatches(f, to, t, fromSlash - f)) {
                break;
            }
            common++;
            f = fromSlash + 1;
            t = toSlash + 1;
        }
        StringBuilder link = new StringBuilder(3 * (fromDirs - common) + to.length() - t);
        for (int i = common; i < fromDirs; i++) {
            link.append("../");
        }
        return link.append(to, t, to.length()).toString();
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
                if (i == 0 && !base.isEmpty() && !RESERVED.matcher(base).matches()) {
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

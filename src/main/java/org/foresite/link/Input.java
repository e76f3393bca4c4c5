package org.foresite.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.foresite.model.Article;
import org.foresite.model.Term;

/**
 * Everything a page can read of the knowledge base, each kind of thing with the key that names one of them and
 * the value it stands for. A page reads through {@link PageReads}, which records the keys; a rebuild compares each
 * key's {@link #digest} with the last build's and renders again only the pages that read a key whose digest moved.
 * The value a page is given and the value that is digested come from the same {@link #value} function, so a page
 * can never depend on something its record does not name.
 */
public enum Input {
    /** An article, whole. Digested by its seed (bytes, id and file name), which is all it is made from. */
    ARTICLE {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().article(a[0]);
        }

        @Override
        String digest(Sources s, String[] a) {
            return s.kb().article(a[0]) == null ? ABSENT : s.articleDigest(a[0]);
        }
    },
    /** An article's Closest entries, resolved. */
    CLOSEST {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().closest().getOrDefault(a[0], List.of());
        }
    },
    /** The articles whose Closest lists point to an article. */
    REFERENCED_BY {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().referencedBy().getOrDefault(a[0], List.of());
        }
    },
    /** An article's related articles. */
    RELATED {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().related().getOrDefault(a[0], List.of());
        }
    },
    /** A term with its articles (kind, key). */
    TERM {
        @Override
        Object value(Sources s, String[] a) {
            return s.term(TermKind.valueOf(a[0]), a[1]);
        }
    },
    /** What a link to a term shows: its display and its first page (kind, key). */
    TERM_LINK {
        @Override
        Object value(Sources s, String[] a) {
            Term t = s.term(TermKind.valueOf(a[0]), a[1]);
            return t == null ? null : new TermLink(t.key(), t.display(), s.urls().term(TermKind.valueOf(a[0]), t.key(), 1));
        }
    },
    /** The most used terms of a kind, most used first, ties A–Z (kind, how many). */
    TOP_TERMS {
        @Override
        Object value(Sources s, String[] a) {
            TermKind kind = TermKind.valueOf(a[0]);
            List<Term> terms = kind.of(s.kb());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                order.add(i);
            }
            return order.stream().sorted(Comparator.comparingInt((Integer i) -> -terms.get(i).articleIds().size())
                    .thenComparingInt(i -> i)).limit(Integer.parseInt(a[1]))
                    .map(i -> indexed(s, kind, terms.get(i), i)).toList();
        }
    },
    /** One page of the A–Z list of a kind of terms: its letters and terms (kind, page number). */
    TERM_INDEX_PAGE {
        @Override
        Object value(Sources s, String[] a) {
            TermKind kind = TermKind.valueOf(a[0]);
            return s.layout().termIndex(kind).get(Integer.parseInt(a[1]) - 1).stream()
                    .map(slice -> new Paging.Slice<>(slice.group(),
                            slice.items().stream().map(t -> indexed(s, kind, t, -1)).toList(), slice.continued()))
                    .toList();
        }
    },
    /** Where each letter of the A–Z list of a kind of terms starts, and how many pages it has (kind). */
    TERM_INDEX_NAV {
        @Override
        Object value(Sources s, String[] a) {
            var pages = s.layout().termIndex(TermKind.valueOf(a[0]));
            List<LetterPage> letters = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                for (var slice : pages.get(p)) {
                    if (!slice.continued()) {
                        letters.add(new LetterPage(slice.group(), p + 1));
                    }
                }
            }
            return new IndexNav(letters, pages.size());
        }
    },
    /** Every term of a kind, A–Z, as lists show them (kind). */
    TERM_LIST {
        @Override
        Object value(Sources s, String[] a) {
            TermKind kind = TermKind.valueOf(a[0]);
            List<Term> terms = kind.of(s.kb());
            List<IndexedTerm> list = new ArrayList<>(terms.size());
            for (int i = 0; i < terms.size(); i++) {
                list.add(indexed(s, kind, terms.get(i), i));
            }
            return list;
        }
    },
    /** Every term of a kind with its articles, A–Z (kind). */
    TERMS {
        @Override
        Object value(Sources s, String[] a) {
            return TermKind.valueOf(a[0]).of(s.kb());
        }
    },
    /** Every article, newest first. Digested by the articles' own digests, in order. */
    ARTICLES {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().articles();
        }

        @Override
        String digest(Sources s, String[] a) {
            StringBuilder all = new StringBuilder();
            for (Article article : s.kb().articles()) {
                all.append(s.articleDigest(article.id())).append('\n');
            }
            return Fingerprint.of(all).hex();
        }
    },
    /** A topic analysis with its links resolved (id). */
    TOPIC {
        @Override
        Object value(Sources s, String[] a) {
            return s.topic(a[0]);
        }
    },
    /** Every topic analysis, A–Z, links resolved. */
    TOPICS {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().topics();
        }
    },
    /** One page of the list of topic analyses, A–Z: their ids and the page count (page number). */
    TOPIC_LIST {
        @Override
        Object value(Sources s, String[] a) {
            return ListPage.of(s.kb().topics(), t -> t.topic().id(), Integer.parseInt(a[0]), s.layout().sizes(),
                    s.layout().topicListPages());
        }
    },
    /** The topic analyses that link to an article, as links show them (article id). */
    CITED_BY {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().citedBy().getOrDefault(a[0], List.of()).stream()
                    .map(id -> new TopicLink(id, s.topic(id).topic().name(), s.urls().topic(id))).toList();
        }
    },
    /** Whether the knowledge base has topic analyses: every page's navigation links to them only then. */
    HAS_TOPICS {
        @Override
        Object value(Sources s, String[] a) {
            return !s.kb().topics().isEmpty();
        }
    },
    /** What the signals explorer is made from ({@link SignalSource}). */
    SIGNALS {
        @Override
        Object value(Sources s, String[] a) {
            return SignalSource.of(s.kb(), s.urls());
        }
    },
    /** The trends of the knowledge base ({@link Trends}). */
    TRENDS {
        @Override
        Object value(Sources s, String[] a) {
            return s.trends();
        }
    },
    /** A theme's articles per quarter, with the quarters and the reference date of the trends (key). */
    THEME_TREND {
        @Override
        Object value(Sources s, String[] a) {
            Trends t = s.trends();
            List<Integer> counts = t.perQuarter().get(a[0]);
            return counts == null ? null : new ThemeQuarters(t.reference(), t.quarters(), counts);
        }
    },
    /** The counts the home, search and signals pages show. */
    COUNTS {
        @Override
        Object value(Sources s, String[] a) {
            return s.counts();
        }
    },
    /** The newest articles (how many). */
    LATEST {
        @Override
        Object value(Sources s, String[] a) {
            return s.kb().articles().stream().limit(Integer.parseInt(a[0])).map(Article::id).toList();
        }
    },
    /** One page of the list of all articles: its articles and the page count (page number). */
    ARTICLE_LIST {
        @Override
        Object value(Sources s, String[] a) {
            return ListPage.of(s.kb().articles(), Article::id, Integer.parseInt(a[0]), s.layout().sizes(),
                    s.layout().articleListPages());
        }
    },
    /** A newsletter issue with its articles (token). */
    ISSUE {
        @Override
        Object value(Sources s, String[] a) {
            return s.issue(a[0]);
        }
    },
    /** What a link to an issue needs: its page and date (token). */
    ISSUE_LINK {
        @Override
        Object value(Sources s, String[] a) {
            Issue issue = s.issue(a[0]);
            return issue == null ? null : new IssueLink(issue.token(), issue.date(), s.urls().issue(issue.token()));
        }
    },
    /** The issues before and after an issue, newest first (token). */
    ISSUE_NEIGHBOURS {
        @Override
        Object value(Sources s, String[] a) {
            int i = s.issueIndex(a[0]);
            List<Issue> issues = s.kb().issues();
            return new Neighbours(i > 0 ? issues.get(i - 1).token() : null,
                    i >= 0 && i + 1 < issues.size() ? issues.get(i + 1).token() : null);
        }
    },
    /** The timeline page that lists an issue (token). */
    ISSUE_TIMELINE {
        @Override
        Object value(Sources s, String[] a) {
            return s.timelinePageOf(a[0]);
        }
    },
    /** The years of the timeline, newest first, each with its first page. */
    TIMELINE_YEARS {
        @Override
        Object value(Sources s, String[] a) {
            return s.layout().years().stream()
                    .map(y -> new YearLink(y.year(), y.label(), s.urls().timeline(y.year(), 1))).toList();
        }
    },
    /** One page of the timeline: its months and issues, the year's page count and where each of its months is. */
    TIMELINE_PAGE {
        @Override
        Object value(Sources s, String[] a) {
            PageLayout.Year year = s.layout().years().stream().filter(y -> y.year().equals(a[0])).findFirst().orElse(null);
            int n = Integer.parseInt(a[1]);
            if (year == null || n > year.pages().size()) {
                return null;
            }
            List<MonthPage> months = new ArrayList<>();
            for (int p = 0; p < year.pages().size(); p++) {
                for (var slice : year.pages().get(p)) {
                    if (!slice.continued()) {
                        months.add(new MonthPage(slice.group().label(), slice.group().anchor(), p + 1));
                    }
                }
            }
            return new TimelinePage(year.label(), year.pages().get(n - 1), year.pages().size(), months);
        }
    };

    static final String ABSENT = "absent";
    private static final char SEPARATOR = '\u001f';

    /** A theme's articles in each quarter up to the trends' reference date. */
    public record ThemeQuarters(LocalDate reference, List<String> quarters, List<Integer> counts) {
    }

    /** A term link: display and first page. */
    public record TermLink(String key, String display, String path) {
    }

    /** A term as a list shows it: display, first page, article count and (where it matters) its A–Z rank. */
    public record IndexedTerm(String key, String display, String path, int count, int rank) {
    }

    private static IndexedTerm indexed(Sources s, TermKind kind, Term t, int rank) {
        return new IndexedTerm(t.key(), t.display(), s.urls().term(kind, t.key(), 1), t.articleIds().size(), rank);
    }

    /** A letter of an A–Z list and the page it starts on. */
    public record LetterPage(PageLayout.Letter letter, int page) {
    }

    /** The letters of an A–Z list and its page count. */
    public record IndexNav(List<LetterPage> letters, int pageCount) {
    }

    public record Counts(int articles, int themes, int keywords, int signals, int issues, int articlesWithSignals,
            int topics) {
    }

    /** A link to a topic analysis: its name and page. */
    public record TopicLink(String id, String name, String path) {
    }

    /** One page of a list of articles, and how many pages the list has. */
    public record ListPage(List<String> ids, int pageCount) {
        /** Page {@code n} (from 1) of {@code all}, by the ids {@code id} gives, as many a page as an article list. */
        static <T> ListPage of(List<T> all, java.util.function.Function<T, String> id, int n, PageSizes sizes,
                int pageCount) {
            int per = sizes.articlesPerPage();
            return new ListPage(all.subList(Math.min(all.size(), (n - 1) * per), Math.min(all.size(), n * per)).stream()
                    .map(id).toList(), pageCount);
        }
    }

    public record IssueLink(String token, LocalDate date, String path) {
    }

    /** Tokens of the issues before and after, or null at the ends. */
    public record Neighbours(String newer, String older) {
    }

    public record YearLink(String year, String label, String path) {
    }

    public record MonthPage(String label, String anchor, int page) {
    }

    public record TimelinePage(String label, List<Paging.Slice<PageLayout.Month, Issue>> shown, int pageCount,
            List<MonthPage> months) {
    }

    abstract Object value(Sources s, String[] args);

    /** What identifies the value: by default a fingerprint of its text (every value is a record, a list or text). */
    String digest(Sources s, String[] args) {
        Object value = value(s, args);
        return value == null ? ABSENT : ValueDigest.of(value);
    }

    String key(String... args) {
        StringBuilder key = new StringBuilder(name());
        for (String arg : args) {
            key.append(SEPARATOR).append(arg);
        }
        return key.toString();
    }

    /** The kind and arguments of a key made by {@link #key}. */
    static String digestOf(Sources s, String key) {
        String[] parts = key.split(String.valueOf(SEPARATOR), -1);
        Input input;
        try {
            input = valueOf(parts[0]);
        } catch (IllegalArgumentException e) {
            // A key of another version of Foresite: it cannot be read, so it counts as changed.
            return ABSENT + " " + key;
        }
        return input.digest(s, java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }
}

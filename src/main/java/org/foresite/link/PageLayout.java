package org.foresite.link;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foresite.model.Term;

/**
 * Which pages the lists that grow with the knowledge base are split into: the A–Z lists of terms by initial,
 * the timeline by year (and a big year by months), the articles of a term and the list of all articles by
 * count. Computed once per build; the page plan and the views both read it, so they never disagree.
 */
public final class PageLayout {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** A letter of an A–Z list: its initial ({@code #} for digits and symbols) and HTML id. */
    public record Letter(String label, String anchor) {
    }

    /** A month of the timeline: its label ("March 2025", or "Undated"), HTML id and issues, newest first. */
    public record Month(String label, String anchor, List<Issue> issues) {
    }

    /** A year of the timeline ({@link UrlScheme#year}) and its pages, each a run of months. */
    public record Year(String year, String label, List<List<Paging.Slice<Month, Issue>>> pages) {
    }

    private final PageSizes sizes;
    private final int articleCount;
    private final int topicCount;
    private final Map<TermKind, List<List<Paging.Slice<Letter, Term>>>> termIndexes = new EnumMap<>(TermKind.class);
    private final List<Year> years;

    private PageLayout(KnowledgeBase kb, PageSizes sizes) {
        this.sizes = sizes;
        this.articleCount = kb.articles().size();
        this.topicCount = kb.topics().size();
        for (TermKind kind : TermKind.values()) {
            Map<Letter, List<Term>> byLetter = new LinkedHashMap<>();
            for (Term t : kind.of(kb)) {
                byLetter.computeIfAbsent(letter(t.display()), l -> new ArrayList<>()).add(t);
            }
            // The collator sorts digits and symbols first; readers expect them in one group at the end.
            List<Letter> letters = new ArrayList<>(byLetter.keySet());
            letters.sort(java.util.Comparator.comparing((Letter l) -> l.label().equals("#")));
            termIndexes.put(kind, Paging.cut(letters, byLetter::get, t -> 1, sizes.termsPerPage()));
        }
        Map<String, Map<String, List<Issue>>> months = new LinkedHashMap<>();
        for (Issue issue : kb.issues()) {
            String month = issue.date() == null ? "Undated" : MONTH.format(issue.date());
            months.computeIfAbsent(UrlScheme.year(issue.date()), y -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(issue);
        }
        List<Year> years = new ArrayList<>();
        months.forEach((year, byMonth) -> {
            List<Month> list = new ArrayList<>();
            byMonth.forEach((label, issues) -> list.add(new Month(label, "m-" + Slugger.slug(label), issues)));
            years.add(new Year(year, year.equals("undated") ? "Undated" : year,
                    Paging.cut(list, Month::issues, i -> 1 + i.articleIds().size(), sizes.timelinePerPage())));
        });
        if (years.isEmpty()) {
            // No issue at all: the timeline still has its page, which says so.
            years.add(new Year(UrlScheme.year(null), "Undated", Paging.cut(List.<Month>of(), Month::issues, i -> 1, 1)));
        }
        this.years = List.copyOf(years);
    }

    public static PageLayout of(KnowledgeBase kb, PageSizes sizes) {
        return new PageLayout(kb, sizes);
    }

    public PageSizes sizes() {
        return sizes;
    }

    /** The pages of the A–Z list of a kind of terms, each a run of letters (a big letter spans pages). */
    public List<List<Paging.Slice<Letter, Term>>> termIndex(TermKind kind) {
        return termIndexes.get(kind);
    }

    /** How many pages list the articles of a term. */
    public int termPages(Term term) {
        return PageSizes.pageCount(term.articleIds().size(), sizes.articlesPerPage());
    }

    /** How many pages the list of all articles takes. */
    public int articleListPages() {
        return PageSizes.pageCount(articleCount, sizes.articlesPerPage());
    }

    /** How many pages the list of topic analyses takes; none without topics. */
    public int topicListPages() {
        return topicCount == 0 ? 0 : PageSizes.pageCount(topicCount, sizes.articlesPerPage());
    }

    /** The years of the timeline, newest first, undated last. */
    public List<Year> years() {
        return years;
    }

    /** The initial a term is listed under: its first letter without accents, or '#' for digits and symbols. */
    static Letter letter(String display) {
        String slug = Slugger.slug(display.substring(0, display.offsetByCodePoints(0, 1)));
        char c = slug.isEmpty() ? '#' : slug.charAt(0);
        return c >= 'a' && c <= 'z' ? new Letter(String.valueOf(Character.toUpperCase(c)), "letter-" + c)
                : new Letter("#", "letter-other");
    }
}

package org.foresite.link;

import java.time.LocalDate;
import java.util.Comparator;
import org.foresite.model.Article;

/** Orders of articles used across the site, each ending in a tie-breaker so output never depends on input order. */
public final class ArticleOrder {
    private ArticleOrder() {
    }

    /** Newest issue first; undated articles last; then title, then id. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::issueDate,
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Article::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Article::title)
            .thenComparing(Article::id);
}

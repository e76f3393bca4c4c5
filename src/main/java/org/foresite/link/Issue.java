package org.foresite.link;

import java.time.LocalDate;
import java.util.List;

/**
 * A newsletter issue and the articles that came from it.
 *
 * @param token      the issue token as the seeds give it ({@code 20220810}, {@code 20250511d}, {@code 4320.0})
 * @param date       its date, or null when the token is not a date
 * @param url        the issue's URL as the first (newest) of its articles gives it
 * @param articleIds its articles, newest first
 */
public record Issue(String token, LocalDate date, String url, List<String> articleIds) {
    public Issue {
        articleIds = List.copyOf(articleIds);
    }
}

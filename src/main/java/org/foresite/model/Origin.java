package org.foresite.model;

import java.time.LocalDate;

/**
 * The newsletter issue an article came from.
 *
 * @param issue the issue token as the heading gives it, trimmed (e.g. {@code 20220810}, {@code 20250511d})
 * @param date  the issue date when the token starts with a valid YYYYMMDD date, otherwise null
 * @param url   the issue's URL, trimmed; may be empty
 */
public record Origin(String issue, LocalDate date, String url) {
}

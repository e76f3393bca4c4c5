package org.foresite.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one seed file holds. Pure data: no I/O, no rendering, no links to other articles.
 *
 * @param id          the file name without extension
 * @param sourceFile  the file name the article came from, for messages
 * @param title       the heading title, or the id when the seed has none
 * @param origin      the newsletter issue, or null when the heading names none
 * @param externalUrl the article's external link, or empty
 * @param summary     the Summary section as Markdown, or empty
 * @param keywords    keywords in seed order, blank and duplicate entries removed
 * @param themes      themes in seed order, blank and duplicate entries removed
 * @param other       the "Other" list (category, type…)
 * @param sections    table sections and unknown sections, in document order
 * @param signals     the rows of every Signals section's table, in document order, with their columns' roles resolved
 * @param closest     the Closest list as written, empty items left out (self links and duplicates are the linker's business)
 */
public record Article(
        String id,
        String sourceFile,
        String title,
        Origin origin,
        String externalUrl,
        String summary,
        List<String> keywords,
        List<String> themes,
        List<Property> other,
        List<Section> sections,
        List<Signal> signals,
        List<ClosestRef> closest) {

    public Article {
        keywords = List.copyOf(keywords);
        themes = List.copyOf(themes);
        other = List.copyOf(other);
        sections = List.copyOf(sections);
        signals = List.copyOf(signals);
        closest = List.copyOf(closest);
    }

    public int signalCount() {
        return signals.size();
    }

    /** The date of the issue it came from, or null when it has no origin or the issue is not a date. */
    public LocalDate issueDate() {
        return origin == null ? null : origin.date();
    }
}

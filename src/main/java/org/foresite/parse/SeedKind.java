package org.foresite.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Markdown file of the seeds folder is. A knowledge base's folder holds articles, topic analyses and pages that
 * are neither (an overview listing the articles, a yearly review): publishing those as articles would only give
 * broken ones.
 */
public enum SeedKind {
    /** An article: a {@code # __Title__, from ([issue](url).)} heading, an external link or {@code ##} sections. */
    ARTICLE,
    /** A topic analysis: its first line is {@code # *Topic*: Name}. */
    TOPIC,
    /** Anything else, such as {@code # Overview} followed by a list of links. */
    OTHER;

    /** {@code *Topic*: Name}, {@code Topic: Name} or {@code __Topic__ : Name}, in any case. */
    private static final Pattern TOPIC_HEADING = Pattern.compile("(?i)^[*_]{0,2}\\s*topic\\s*[*_]{0,2}\\s*:\\s*(.*\\S)\\s*$");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("(?i)\\[\\s*external\\s+link\\s*\\]\\(");

    public static SeedKind of(String text) {
        boolean first = true;
        // Lazily: the answer is almost always in the first lines, and the article parser splits the text again.
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (line.isBlank()) {
                continue;
            }
            Optional<Heading> heading = Heading.of(line);
            if (first && heading.filter(h -> h.level() == 1).flatMap(h -> topicName(h.text())).isPresent()) {
                return TOPIC;
            }
            if (first && heading.filter(h -> h.level() == 1).map(h -> TitleLine.read(h.text()).hasOrigin()).orElse(false)) {
                return ARTICLE;
            }
            if (heading.filter(h -> h.level() == 2).isPresent() || EXTERNAL_LINK.matcher(line).find()) {
                return ARTICLE;
            }
            first = false;
        }
        return OTHER;
    }

    /** The topic's name when a level-1 heading's text is that of a topic analysis. */
    static Optional<String> topicName(String headingText) {
        Matcher m = TOPIC_HEADING.matcher(headingText);
        return m.matches() ? Optional.of(m.group(1).replaceAll("^[*_]+|[*_]+$", "").strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    /** The first level-1 heading of a text, for messages about a file that is neither an article nor a topic. */
    public static String firstHeading(String text) {
        for (Line line : Blocks.lines(text)) {
            Optional<Heading> heading = Heading.of(line.text());
            if (heading.isPresent()) {
                return line.text().strip();
            }
        }
        return "";
    }
}

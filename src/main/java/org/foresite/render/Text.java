package org.foresite.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.foresite.text.PlainText;

/** Small text helpers for views: dates, one-line summaries, URLs safe to link to. */
final class Text {
    static final int BLURB_LENGTH = 200;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(?:https?://|mailto:)[^\\s\\x00-\\x1f]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"“])");

    private Text() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATES.computeIfAbsent(date, LONG_DATE::format);
    }

    /** Dates as written, by date: a knowledge base has a few hundred issue dates, shown on tens of thousands of pages. */
    private static final java.util.Map<LocalDate, String> DATES = new java.util.concurrent.ConcurrentHashMap<>();

    static String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The URL when it is an http(s) or mailto URL, otherwise null: seeds never make other links. */
    static String safeExternal(String url) {
        return url != null && SAFE_URL.matcher(url).matches() ? url : null;
    }

    /** The first sentence of a Markdown summary as plain text, cut at a word boundary. */
    static String blurb(String markdown) {
        String plain = org.foresite.model.Whitespace.collapse(PlainText.of(markdown)).strip();
        return PlainText.cut(SENTENCE_END.split(plain, 2)[0], BLURB_LENGTH);
    }

    /**
     * A column header as readers see it: generated seeds write {@code driving-force}; shown as "Driving force".
     * Headers written with capitals are left as the curator wrote them.
     */
    static String columnLabel(String header) {
        if (header.isEmpty() || !header.equals(header.toLowerCase(Locale.ROOT))) {
            return header;
        }
        String spaced = header.replaceAll("(?<=\\p{L})[-_](?=\\p{L})", " ");
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }

    /** An HTML id for a section heading. */
    static String anchor(String name) {
        String slug = org.foresite.link.Slugger.slug(name);
        return "section-" + (slug.isEmpty() ? "untitled" : slug);
    }
}

package org.foresite.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title heading of both format generations:
 * {@code __Title__, from ([20220717](url).)} and {@code __Title__, (from page [20220922](url).)}.
 */
final class TitleLine {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(((?:[^()]|\\([^()]*\\))*)\\)");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{8})(?!\\d)");
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** What the heading held; {@code originProblem} is empty when the origin read cleanly. */
    record Result(String title, String issue, String url, LocalDate date, String originProblem) {
        boolean hasOrigin() {
            return issue != null;
        }
    }

    private TitleLine() {
    }

    static Result read(String headingText) {
        String title;
        String rest;
        if (headingText.startsWith("__")) {
            int end = closingEmphasis(headingText);
            if (end > 2) {
                title = headingText.substring(2, end).trim();
                rest = headingText.substring(end + 2);
            } else {
                title = stripEmphasis(headingText);
                rest = "";
            }
        } else {
            int from = headingText.indexOf("[");
            title = stripEmphasis(from > 0 ? trimTrailingComma(headingText.substring(0, from)) : headingText);
            rest = from > 0 ? headingText.substring(from) : "";
        }
        Matcher link = LINK.matcher(rest);
        if (!link.find()) {
            return new Result(title, null, null, null, "the title heading names no newsletter issue");
        }
        String issue = link.group(1).trim();
        String url = link.group(2).trim();
        Matcher date = DATE_PREFIX.matcher(issue);
        if (!date.find()) {
            return new Result(title, issue, url, null,
                    "the newsletter issue '" + issue + "' is not a date (YYYYMMDD)");
        }
        try {
            return new Result(title, issue, url, LocalDate.parse(date.group(1), YYYYMMDD), "");
        } catch (DateTimeParseException e) {
            return new Result(title, issue, url, null,
                    "the newsletter issue '" + issue + "' is not a valid calendar date");
        }
    }

    /** The {@code __} that closes the title: the first one followed by a comma, or the last one. */
    private static int closingEmphasis(String text) {
        int comma = text.indexOf("__,", 2);
        return comma >= 0 ? comma : text.lastIndexOf("__");
    }

    private static String trimTrailingComma(String s) {
        String t = s.strip();
        while (t.endsWith(",") || t.endsWith("(")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.replaceAll("(?i),?\\s*\\(?\\s*from( page)?$", "").strip();
    }

    private static String stripEmphasis(String s) {
        String t = s.strip();
        for (String mark : new String[] {"__", "**"}) {
            if (t.length() > 4 && t.startsWith(mark) && t.endsWith(mark)) {
                t = t.substring(2, t.length() - 2).strip();
            }
        }
        return t;
    }
}

package org.foresite.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ATX heading line ({@code ## Name}), recognised the way CommonMark does, up to three leading spaces. */
record Heading(int level, String text) {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    static Optional<Heading> of(String line) {
        // Every line of every seed is asked; most do not start with '#' after their indent, which settles it.
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length() || line.charAt(i) != '#') {
            return Optional.empty();
        }
        Matcher m = ATX.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String text = m.group(2) == null ? "" : m.group(2).trim();
        return Optional.of(new Heading(m.group(1).length(), text));
    }

    /** A section heading as section names are matched: trailing colons and hashes dropped, upper case. */
    static String sectionKey(String heading) {
        int end = heading.length();
        while (end > 0 && isTrailingMark(heading.charAt(end - 1))) {
            end--;
        }
        return heading.substring(0, end).strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A colon, a hash or the white space of a regular expression's {@code \s}. */
    private static boolean isTrailingMark(char c) {
        return c == ':' || c == '#' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

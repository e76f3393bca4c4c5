package org.foresite.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ATX heading line ({@code ## Name}), recognised the way CommonMark does, up to three leading spaces. */
record Heading(int level, String text) {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    static Optional<Heading> of(String line) {
        Matcher m = ATX.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String text = m.group(2) == null ? "" : m.group(2).trim();
        return Optional.of(new Heading(m.group(1).length(), text));
    }

    /** A section heading as section names are matched: trailing colons and hashes dropped, upper case. */
    static String sectionKey(String heading) {
        return heading.replaceAll("[:#\\s]+$", "").strip().toUpperCase(java.util.Locale.ROOT);
    }
}

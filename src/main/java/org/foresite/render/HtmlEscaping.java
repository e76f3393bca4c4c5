package org.foresite.render;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * The templates' HTML escaping: the five characters that are markup ({@code & < > " '}) as references, everything
 * else as it is; what Pebble's built-in strategy writes (unbescape's XML-safe HTML 4 escaping), without its
 * per-character table lookups. Every value a page prints goes through it, and most need no escaping at all: they
 * are returned as they are.
 */
final class HtmlEscaping implements EscapingStrategy {
    @Override
    public String escape(String text) {
        int first = 0;
        while (first < text.length() && !isMarkup(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isMarkup(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }
}

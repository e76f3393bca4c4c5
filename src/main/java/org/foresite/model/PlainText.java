package org.foresite.model;

import java.util.regex.Pattern;

/** Seed Markdown as plain text, for one-line summaries, snippets, feeds and the search index. */
public final class PlainText {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    private PlainText() {
    }

    /** Link targets and emphasis marks dropped, link texts kept: what a reader reads. */
    public static String of(String markdown) {
        return MARKDOWN_LINK.matcher(markdown).replaceAll("$1").replace("**", "").replace("__", "").replace("`", "");
    }

    /** Whitespace collapsed and the text cut at a word boundary, with an ellipsis, when longer than {@code max}. */
    public static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
    }
}

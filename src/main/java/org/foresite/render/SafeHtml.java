package org.foresite.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * HTML that has been produced by our own sanitising Markdown renderer. It is the only type templates print
 * without escaping (Pebble's autoescaper leaves {@link SafeString} alone), so seed text never needs a
 * {@code raw} filter and can never reach a page unescaped by accident.
 */
public final class SafeHtml extends SafeString {
    static final SafeHtml EMPTY = new SafeHtml("");

    SafeHtml(String html) {
        super(html);
    }

    public boolean isEmpty() {
        return toString().isEmpty();
    }
}

package org.foresite.model;

import java.util.List;

/**
 * A theme or keyword after merging its spellings.
 *
 * @param key        the normalised identity ({@link TermKey#of})
 * @param display    the spelling shown to readers: the most common one
 * @param articleIds the articles that carry the term, newest first
 */
public record Term(String key, String display, List<String> articleIds) {
    public Term {
        articleIds = List.copyOf(articleIds);
    }
}

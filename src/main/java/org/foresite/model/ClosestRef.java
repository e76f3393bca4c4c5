package org.foresite.model;

/**
 * One entry of an article's Closest list as written: the link text and the target it names.
 *
 * @param text   the link text (or the whole item when it is not a link)
 * @param target the link target, normally an article id; empty when the item is not a link
 * @param line   its line in the seed, for messages
 */
public record ClosestRef(String text, String target, int line) {
}

package org.foresite.model;

/** An item of the "Other" list, such as {@code Category: science}; name is empty for an item without a colon. */
public record Property(String name, String value) {
}

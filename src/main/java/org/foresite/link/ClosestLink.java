package org.foresite.link;

/**
 * A Closest entry after resolution.
 *
 * @param text     the link text from the seed
 * @param targetId the article it points to, or null when no article of the knowledge base matches
 */
public record ClosestLink(String text, String targetId) {
    public boolean resolved() {
        return targetId != null;
    }
}

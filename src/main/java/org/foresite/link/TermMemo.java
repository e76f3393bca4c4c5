package org.foresite.link;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collation keys and slugs of term spellings, carried from one build to the next by a builder kept alive between
 * builds: thousands of terms are sorted and slugged on every build, and almost all of them are the same each time.
 * A memo keeps only what its own build used (looking further back one build), so a long preview session does not
 * accumulate terms that are gone.
 */
public final class TermMemo {
    private final Map<String, String> collation = new ConcurrentHashMap<>();
    private final Map<String, String> slugs = new ConcurrentHashMap<>();
    private final Map<String, String> previousCollation;
    private final Map<String, String> previousSlugs;
    private final CollationKeys collationKeys = new CollationKeys();

    public TermMemo() {
        this(null);
    }

    /** A memo for the next build, reusing what {@code previous} computed. */
    public TermMemo(TermMemo previous) {
        this.previousCollation = previous == null ? Map.of() : previous.collation;
        this.previousSlugs = previous == null ? Map.of() : previous.slugs;
    }

    /**
     * The A–Z order of terms as readers expect it (English, accents and case secondary), ties by key: the order of
     * every term list, by the same {@link CollationKeys} as the knowledge base's own lists.
     */
    public static java.util.Comparator<Input.TermLink> alphabetical() {
        CollationKeys keys = new CollationKeys();
        return java.util.Comparator.comparing((Input.TermLink t) -> keys.of(t.display()))
                .thenComparing(Input.TermLink::key);
    }

    /** The A–Z collation key of a display ({@link CollationKeys}): keys compare as the collator orders. */
    String collationKey(String display) {
        return remembered(collation, previousCollation, display, collationKeys::of);
    }

    String slug(String key) {
        return remembered(slugs, previousSlugs, key, Slugger::slug);
    }

    /** This build's value for {@code key}: the last build's when it had one, else computed. */
    private static <V> V remembered(Map<String, V> now, Map<String, V> before, String key,
            java.util.function.Function<String, V> compute) {
        V value = now.get(key);
        if (value == null) {
            value = before.get(key);
            if (value == null) {
                value = compute.apply(key);
            }
            now.put(key, value);
        }
        return value;
    }
}

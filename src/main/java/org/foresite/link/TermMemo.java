package org.foresite.link;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collation keys and slugs of term spellings, carried from one build to the next by a builder kept alive between
 * builds: thousands of terms are sorted and slugged on every build, and almost all of them are the same each time.
 * A memo keeps only what its own build used (looking further back one build), so a long preview session does not
 * accumulate terms that are gone.
 */
public final class TermMemo {
    private final Map<String, CollationKey> collation = new ConcurrentHashMap<>();
    private final Map<String, String> slugs = new ConcurrentHashMap<>();
    private final Map<String, CollationKey> previousCollation;
    private final Map<String, String> previousSlugs;
    private final Collator collator = Collator.getInstance(Locale.ENGLISH);

    public TermMemo() {
        this(null);
    }

    /** A memo for the next build, reusing what {@code previous} computed. */
    public TermMemo(TermMemo previous) {
        this.previousCollation = previous == null ? Map.of() : previous.collation;
        this.previousSlugs = previous == null ? Map.of() : previous.slugs;
        collator.setStrength(Collator.TERTIARY);
    }

    /** Synchronized: a Collator is not thread-safe. */
    synchronized CollationKey collationKey(String display) {
        CollationKey key = collation.get(display);
        if (key == null) {
            key = previousCollation.get(display);
            if (key == null) {
                key = collator.getCollationKey(display);
            }
            collation.put(display, key);
        }
        return key;
    }

    String slug(String key) {
        String slug = slugs.get(key);
        if (slug == null) {
            slug = previousSlugs.get(key);
            if (slug == null) {
                slug = Slugger.slug(key);
            }
            slugs.put(key, slug);
        }
        return slug;
    }
}

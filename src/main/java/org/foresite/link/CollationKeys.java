package org.foresite.link;

import java.text.CollationKey;
import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.Locale;

/**
 * The collation keys of the A–Z order (English, tertiary strength) as strings: the same characters as the JDK
 * collator's own keys, so comparing two of them orders exactly as the collator does, whichever way each was made.
 * <p>
 * The collator walks a string through its rule tables and builds a key in synchronised buffers: a quarter of linking
 * the 20,000 terms of 3,000 articles. Most terms are printable ASCII, and there each
 * character stands for one collation element of its own (no contractions or expansions in the English rules), so
 * the key is the characters' primary weights, a separator, their secondary weights, a separator, their tertiary
 * weights. Those weights are read off the collator's own keys of single characters, never written down here;
 * {@code CollationKeysTest} holds the two ways equal on every pair of characters and on random terms.
 */
final class CollationKeys {
    private static final char FIRST = ' ';
    private static final char LAST = '~';
    /** Each printable ASCII character's weights (primary, secondary, tertiary), 0 where its key has none. */
    private static final char[][] WEIGHTS = weights();

    private final Collator collator;

    CollationKeys() {
        collator = collator();
    }

    /** The collator of the A–Z order: English, accents and case secondary. A new one each time: not thread-safe. */
    static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /** The key of {@code text}; thread-safe (the collator, which is not, is only used under a lock). */
    String of(String text) {
        if (WEIGHTS != null && printableAscii(text)) {
            return fromTable(text);
        }
        synchronized (collator) {
            return chars(collator.getCollationKey(text));
        }
    }

    /** Whether printable ASCII texts are keyed from the table (else every key comes from the collator). */
    static boolean usesTable() {
        return WEIGHTS != null;
    }

    /** The key as the collator makes it, for any text. */
    static String viaCollator(Collator collator, String text) {
        return chars(collator.getCollationKey(text));
    }

    private static boolean printableAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < FIRST || c > LAST) {
                return false;
            }
        }
        return true;
    }

    private static String fromTable(String text) {
        int n = text.length();
        char[] key = new char[3 * n + 2];
        int length = 0;
        for (int level = 0; level < 3; level++) {
            if (level > 0) {
                key[length++] = 0;
            }
            for (int i = 0; i < n; i++) {
                char weight = WEIGHTS[text.charAt(i) - FIRST][level];
                if (weight != 0) {
                    key[length++] = weight;
                }
            }
        }
        return new String(key, 0, length);
    }

    /** The key's characters: {@link CollationKey#toByteArray} gives each as two bytes, high byte first. */
    private static String chars(CollationKey key) {
        byte[] bytes = key.toByteArray();
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff);
        }
        return new String(chars);
    }

    /**
     * The weights of each printable ASCII character, split out of its one-character key: up to one weight per level,
     * the levels separated by a zero (weights are never zero). Null, so that every key comes from the collator, if
     * some character's key does not have that shape (a runtime whose rules expand ASCII characters).
     */
    private static char[][] weights() {
        Collator collator = collator();
        if (!(collator instanceof RuleBasedCollator)) {
            return null;
        }
        char[][] table = new char[LAST - FIRST + 1][];
        for (char c = FIRST; c <= LAST; c++) {
            String key = viaCollator(collator, String.valueOf(c));
            char[] levels = new char[3];
            int level = 0;
            int inLevel = 0;
            for (int i = 0; i < key.length(); i++) {
                char k = key.charAt(i);
                if (k == 0) {
                    level++;
                    inLevel = 0;
                } else if (level > 2 || inLevel++ > 0) {
                    return null;
                } else {
                    levels[level] = k;
                }
            }
            if (level != 2) {
                return null;
            }
            table[c - FIRST] = levels;
        }
        return table;
    }
}

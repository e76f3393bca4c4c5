package org.foresite.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.foresite.text.TextFolding;

/**
 * Makes readable, lowercase ASCII slugs ({@code DALL·E 2} → {@code dall-e-2}, {@code Łódź} → {@code lodz}),
 * letters folded as everywhere in Foresite ({@link TextFolding}).
 * Symbols that tell terms apart get words ({@code C++} → {@code c-plus-plus}) so that fewer terms collide;
 * {@link UrlScheme} resolves the collisions that remain.
 */
public final class Slugger {
    static final int MAX_LENGTH = 60;

    private static final Map<Character, String> SYMBOLS = Map.of(
            '+', "plus", '#', "sharp", '&', "and", '@', "at", '%', "percent");

    private Slugger() {
    }

    /** The readable slug of a text; empty when nothing of it is expressible in ASCII letters and digits. */
    public static String slug(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (SYMBOLS.containsKey(c)) {
                out.append('-').append(SYMBOLS.get(c)).append('-');
            } else {
                // Letters without a decomposition (ł, ß, æ, ø, œ, þ…) fold as everywhere else in Foresite.
                String folded = TextFolding.fold(c);
                out.append(folded.chars().allMatch(f -> (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) ? folded : "-");
            }
        }
        return bound(collapseHyphens(out));
    }

    /** Runs of hyphens as one, none at either end. */
    private static String collapseHyphens(CharSequence text) {
        StringBuilder slug = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' || slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append(c);
            }
        }
        if (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }

    /** Eight hex digits of SHA-256: a stable, order-independent tag that tells colliding slugs apart. */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String bound(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int hyphen = cut.lastIndexOf('-');
        return hyphen >= MAX_LENGTH / 2 ? cut.substring(0, hyphen) : cut;
    }
}

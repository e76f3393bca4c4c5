package org.foresite.search;

import java.util.Arrays;

/**
 * The text form of postings lists: (document, weight) pairs in document order, and plain document lists, as
 * self-delimiting base-32 numbers.
 */
final class Postings {
    private Postings() {
    }

    /**
     * The postings {@code from} (inclusive) to {@code to} of parallel arrays: document deltas and weights as
     * self-delimiting base-32 numbers ({@link #appendNumber}), with no separators: about four bytes a posting,
     * which keeps the shards of common words small.
     */
    static String encode(int[] docs, int[] weights, int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 5);
        int previous = 0;
        for (int i = from; i < to; i++) {
            appendNumber(sb, docs[i] - previous);
            appendNumber(sb, weights[i]);
            previous = docs[i];
        }
        return sb.toString();
    }

    /** Document deltas only: the theme filter lists need no weights. */
    static String encodeDocs(int[] sortedDocs) {
        StringBuilder sb = new StringBuilder(sortedDocs.length * 2);
        int previous = 0;
        for (int doc : sortedDocs) {
            appendNumber(sb, doc - previous);
            previous = doc;
        }
        return sb.toString();
    }

    /** Any numbers, in the order given (sort orders, ranks, positions). */
    static String encodeNumbers(int[] values, int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 4);
        for (int i = from; i < to; i++) {
            appendNumber(sb, values[i]);
        }
        return sb.toString();
    }

    /** Digits that say "more digits follow" and digits that end a number, 32 of each, all JSON-safe. */
    static final String MORE = "0123456789abcdefghijklmnopqrstuv";
    static final String LAST = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    /** A non-negative number in base 32, most significant digit first, its last digit from {@link #LAST}. */
    static void appendNumber(StringBuilder sb, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative " + value);
        }
        int digits = 1;
        for (int v = value >>> 5; v > 0; v >>>= 5) {
            digits++;
        }
        for (int d = digits - 1; d > 0; d--) {
            sb.append(MORE.charAt((value >>> (5 * d)) & 31));
        }
        sb.append(LAST.charAt(value & 31));
    }

    /** Reads back what {@link #appendNumber} wrote, all numbers of a string in order. */
    static int[] decodeNumbers(String encoded) {
        int[] out = new int[encoded.length()];
        int n = 0;
        int value = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                value = value * 32 + more;
            } else {
                out[n++] = value * 32 + LAST.indexOf(c);
                value = 0;
            }
        }
        return Arrays.copyOf(out, n);
    }
}

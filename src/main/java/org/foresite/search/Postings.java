package org.foresite.search;

import java.util.Arrays;

/** A growable list of (document, weight) pairs, appended in document order. */
final class Postings {
    private int[] docs = new int[4];
    private int[] weights = new int[4];
    private int size;

    void add(int doc, int weight) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        docs[size] = doc;
        weights[size] = weight;
        size++;
    }

    int size() {
        return size;
    }

    /**
     * Document deltas and weights as self-delimiting base-32 numbers ({@link #appendNumber}), with no separators:
     * about four bytes a posting, which keeps the shards of common words small.
     */
    String encode() {
        StringBuilder sb = new StringBuilder(size * 5);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            appendNumber(sb, docs[i] - previous);
            appendNumber(sb, weights[i]);
            previous = docs[i];
        }
        return sb.toString();
    }

    /** The postings {@code from} (inclusive) to {@code to} of parallel arrays, encoded as {@link #encode} does. */
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

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

    /** {@code delta:weight} pairs in base 36, comma-separated: compact, and cheap to decode in the browser. */
    String encode() {
        StringBuilder sb = new StringBuilder(size * 7);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Integer.toString(docs[i] - previous, 36)).append(':').append(Integer.toString(weights[i], 36));
            previous = docs[i];
        }
        return sb.toString();
    }

    /** Document deltas only, in base 36: the theme filter lists need no weights. */
    static String encodeDocs(int[] sortedDocs) {
        StringBuilder sb = new StringBuilder(sortedDocs.length * 3);
        int previous = 0;
        for (int i = 0; i < sortedDocs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(Integer.toString(sortedDocs[i] - previous, 36));
            previous = sortedDocs[i];
        }
        return sb.toString();
    }
}

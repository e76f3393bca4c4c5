package org.foresite.parse;

/** A line of a seed with its 1-based number. */
record Line(int number, String text) {
    boolean isBlank() {
        return text.isBlank();
    }
}

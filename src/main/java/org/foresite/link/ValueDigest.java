package org.foresite.link;

import java.util.Collection;

/**
 * The fingerprint of a value's text, made without making the text. Values are records, lists and plain values;
 * some hold the whole knowledge base (every signal, every term with its articles), whose text at 30,000 articles
 * is a string of hundreds of megabytes. Lists and records are walked and their pieces streamed into the fingerprint
 * (a record's own text, made for every term of an A-Z list, was most of what digesting allocated); anything else is
 * written as its text.
 */
final class ValueDigest {
    private ValueDigest() {
    }

    static String of(Object value) {
        Fingerprint.Chars digest = new Fingerprint.Chars();
        write(value, digest);
        return digest.fingerprint().hex();
    }

    private static void write(Object value, Fingerprint.Chars out) {
        if (value instanceof String text) {
            // Its length first, so that no two sequences of strings run together into the same text.
            out.write(Integer.toString(text.length()));
            out.write(':');
            out.write(text);
        } else if (value instanceof Collection<?> items) {
            out.write('[');
            for (Object item : items) {
                write(item, out);
                out.write(',');
            }
            out.write(']');
        } else if (value != null && value.getClass().isRecord()) {
            out.write(value.getClass().getName());
            out.write('(');
            for (java.util.function.Function<Object, Object> accessor : RecordAccessors.of(value.getClass())) {
                write(accessor.apply(value), out);
                out.write(';');
            }
            out.write(')');
        } else {
            out.write(String.valueOf(value));
        }
    }
}

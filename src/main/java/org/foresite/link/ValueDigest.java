package org.foresite.link;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of a value's text, made without making the text. Values are records, lists and plain values;
 * some hold the whole knowledge base (every signal, every term with its articles), whose text at 30,000 articles
 * is a string of hundreds of megabytes. Lists and records are walked and their pieces streamed into the fingerprint
 * (a record's own text, made for every term of an A-Z list, was most of what digesting allocated); anything else is
 * written as its text.
 */
final class ValueDigest {
    /** Per record class, the accessors of its components. */
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

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
            for (Method accessor : ACCESSORS.computeIfAbsent(value.getClass(), ValueDigest::accessors)) {
                try {
                    write(accessor.invoke(value), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " of " + value.getClass(), e);
                }
                out.write(';');
            }
            out.write(')');
        } else {
            out.write(String.valueOf(value));
        }
    }

    private static Method[] accessors(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        return accessors;
    }
}

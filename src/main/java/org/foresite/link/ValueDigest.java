package org.foresite.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of a value's text, made without making the text. Values are records, lists and plain values;
 * some hold the whole knowledge base (every signal, every term with its articles), whose text at 30,000 articles
 * is a string of hundreds of megabytes. Lists and the records that hold lists are walked and their pieces streamed
 * into the fingerprint; everything else is written as its text.
 */
final class ValueDigest {
    /** Per record class, its components when one of them is a collection; none when its text is small. */
    private static final Map<Class<?>, RecordComponent[]> WALKED = new ConcurrentHashMap<>();
    private static final RecordComponent[] WHOLE = new RecordComponent[0];

    private ValueDigest() {
    }

    static String of(Object value) {
        Fingerprint.Chars digest = new Fingerprint.Chars();
        try {
            write(value, digest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.fingerprint().hex();
    }

    private static void write(Object value, Writer out) throws IOException {
        if (value instanceof Collection<?> items) {
            out.write('[');
            for (Object item : items) {
                write(item, out);
                out.write(',');
            }
            out.write(']');
            return;
        }
        RecordComponent[] components = value == null || !value.getClass().isRecord() ? WHOLE
                : WALKED.computeIfAbsent(value.getClass(), ValueDigest::walked);
        if (components.length == 0) {
            out.write(String.valueOf(value));
            return;
        }
        out.write(value.getClass().getName());
        out.write('(');
        for (RecordComponent component : components) {
            try {
                write(component.getAccessor().invoke(value), out);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of " + value.getClass(), e);
            }
            out.write(';');
        }
        out.write(')');
    }

    private static RecordComponent[] walked(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        for (RecordComponent c : components) {
            if (Collection.class.isAssignableFrom(c.getType()) || c.getType().isRecord()) {
                c.getAccessor().setAccessible(true);
                for (RecordComponent other : components) {
                    other.getAccessor().setAccessible(true);
                }
                return components;
            }
        }
        return WHOLE;
    }
}

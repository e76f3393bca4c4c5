package org.foresite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordAttributesTest {
    private final RecordAttributes attributes = new RecordAttributes();

    public record Plain(String name, int count, boolean current, List<String> items) {
    }

    /** Pebble prefers getName() to name(): the resolver must leave "name" to it. */
    public record Shadowed(String name, String label) {
        public String getName() {
            return "from getName";
        }
    }

    public record Listing(List<String> items) implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return items.iterator();
        }
    }

    private Object resolved(Object instance, String name, Object... arguments) {
        ResolvedAttribute r = attributes.resolve(instance, name, arguments.length == 0 ? null : arguments, null, null,
                "test.peb", 1);
        return r == null ? Unresolved.INSTANCE : r.evaluatedValue;
    }

    private enum Unresolved { INSTANCE }

    @Test
    void readsEachComponentOfEveryViewAsItsAccessorDoes() throws Exception {
        int checked = 0;
        for (Class<?> type : Views.class.getDeclaredClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            Object instance = sample(type);
            for (RecordComponent c : type.getRecordComponents()) {
                assertEquals(c.getAccessor().invoke(instance), resolved(instance, c.getName()),
                        type.getSimpleName() + "." + c.getName());
                checked++;
            }
        }
        assertTrue(checked > 150, "components checked: " + checked);
    }

    @Test
    void boxesPrimitivesAndPassesNullThrough() {
        Plain p = new Plain(null, 7, true, List.of("a"));
        assertEquals(7, resolved(p, "count"));
        assertEquals(Boolean.TRUE, resolved(p, "current"));
        assertNull(resolved(p, "name"));
        assertEquals(List.of("a"), resolved(p, "items"));
    }

    @Test
    void leavesToPebbleWhatPebbleWouldReadOtherwise() {
        Shadowed s = new Shadowed("component", "label");
        assertEquals(Unresolved.INSTANCE, resolved(s, "name"), "getName() comes first for Pebble");
        assertEquals("label", resolved(s, "label"));
        assertEquals(Unresolved.INSTANCE, resolved(new Listing(List.of("x")), "items"), "iterables are Pebble's");
        assertEquals(Unresolved.INSTANCE, resolved("text", "length"), "not a record");
        assertEquals(Unresolved.INSTANCE, resolved(new Plain("n", 1, false, List.of()), "nothing"));
        assertEquals(Unresolved.INSTANCE, resolved(new Plain("n", 1, false, List.of()), "name", "argument"));
        assertEquals(Unresolved.INSTANCE, resolved(Map.of("name", "x"), "name"));
        assertFalse(RecordAttributes.accessors(Shadowed.class).containsKey("name"));
    }

    @Test
    void templatesReadRecordsAsPebbleDoesWithoutIt(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("t.peb"), "{{ s.name }}|{{ s.label }}|{{ p.count + 1 }}|{{ p.items.size() }}"
                + "|{% if p.current %}yes{% endif %}|{{ p.name }}");
        TemplateEngine engine = new TemplateEngine(tmp);
        String out = new String(engine.render("t.peb", Map.of("s", new Shadowed("component", "<b>"),
                "p", new Plain("a & b", 2, true, List.of("x", "y")))), StandardCharsets.UTF_8);
        assertEquals("from getName|&lt;b&gt;|3|2|yes|a &amp; b", out);
    }

    /** An instance of a view record with a distinct, non-default value in each component. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i], i);
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, int i) {
        if (type == int.class) {
            return 10 + i;
        }
        if (type == boolean.class) {
            return i % 2 == 0;
        }
        if (type == String.class) {
            return "value " + i;
        }
        if (type == List.class) {
            return List.of("item " + i);
        }
        if (type == SafeHtml.class) {
            return new SafeHtml("<p>" + i + "</p>");
        }
        return null;
    }
}

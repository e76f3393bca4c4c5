package org.foresite.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.foresite.link.RecordAccessors;

/**
 * Reads the components of records (every view is one) for templates, through {@link RecordAccessors}.
 * Pebble's own resolver looks each attribute up by reflection at every print, a cache key of class, name and
 * argument types built and hashed each time, then calls the method reflectively: at tens of thousands of pages
 * with dozens of prints each, a fifth of the templates' time.
 *
 * <p>It answers only where Pebble's resolver would call the component's accessor: a bare name or an empty call on a
 * record that is no collection, map or map entry (Pebble looks at those interfaces first), and that has no public
 * {@code getX}, {@code isX} or {@code hasX} method taking nothing (Pebble prefers them). Anything else it leaves to
 * Pebble's resolver, which comes after it.
 */
final class RecordAttributes implements AttributeResolver {
    private static final ClassValue<Map<String, Function<Object, Object>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Function<Object, Object>> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || !(attributeNameValue instanceof String name)
                || (argumentValues != null && argumentValues.length > 0)) {
            return null;
        }
        Function<Object, Object> accessor = ACCESSORS.get(instance.getClass()).get(name);
        return accessor == null ? null : new ResolvedAttribute(accessor.apply(instance));
    }

    /** By component name, the accessors Pebble's resolver would pick itself; empty for a class that is no record. */
    static Map<String, Function<Object, Object>> accessors(Class<?> type) {
        if (!type.isRecord() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || Map.Entry.class.isAssignableFrom(type)) {
            return Map.of();
        }
        RecordComponent[] components = type.getRecordComponents();
        Function<Object, Object>[] functions = RecordAccessors.of(type);
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        for (int i = 0; i < components.length; i++) {
            if (!preferredByPebble(type, components[i].getName())) {
                accessors.put(components[i].getName(), functions[i]);
            }
        }
        return Map.copyOf(accessors);
    }

    /** Whether Pebble would call a {@code getX}, {@code isX} or {@code hasX} method rather than the accessor. */
    private static boolean preferredByPebble(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().equals("get" + capitalized)
                    || m.getName().equals("is" + capitalized) || m.getName().equals("has" + capitalized))) {
                return true;
            }
        }
        return false;
    }
}

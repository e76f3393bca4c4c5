package org.foresite.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the components of records (every view is one) for templates, through accessors made once per record class.
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
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (!Modifier.isPublic(accessor.getModifiers()) || preferredByPebble(type, component.getName())) {
                continue;
            }
            Function<Object, Object> function = function(type, accessor);
            if (function == null) {
                // A record of a module that does not open itself to this one: Pebble's resolver reads it.
                return Map.of();
            }
            accessors.put(component.getName(), function);
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

    /**
     * The accessor as a plain function, a call as cheap as any other where a reflective call is not; null when this
     * module may not make one.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Class<?> type, Method accessor) {
        MethodHandles.Lookup lookup;
        MethodHandle getter;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            getter = lookup.unreflect(accessor);
        } catch (IllegalAccessException e) {
            return null;
        }
        try {
            return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), getter,
                    getter.type().wrap()).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + accessor.getName(), e);
        }
    }
}

package org.foresite.link;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * The components of a record class as plain functions, made once per class. Digests walk every record a page reads
 * and templates print record components tens of times per page: a reflective call per component read was a large
 * part of both, where a function made by {@link LambdaMetafactory} costs what any call costs.
 */
public final class RecordAccessors {
    private static final ClassValue<Function<Object, Object>[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Function<Object, Object>[] computeValue(Class<?> type) {
            return make(type);
        }
    };

    private RecordAccessors() {
    }

    /** The accessors of a record class's components, in their order. */
    public static Function<Object, Object>[] of(Class<?> recordClass) {
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass + " is not a record");
        }
        return ACCESSORS.get(recordClass);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object>[] make(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Function<Object, Object>[] accessors = new Function[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = function(type, components[i].getAccessor());
        }
        return accessors;
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Class<?> type, Method accessor) {
        MethodHandles.Lookup lookup;
        MethodHandle getter;
        try {
            lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            getter = lookup.unreflect(accessor);
        } catch (IllegalAccessException e) {
            // A record of a module that does not open itself to this one: its public accessors are read reflectively.
            return value -> {
                try {
                    return accessor.invoke(value);
                } catch (IllegalAccessException | InvocationTargetException failure) {
                    throw new IllegalStateException("cannot read " + accessor + " of " + type, failure);
                }
            };
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

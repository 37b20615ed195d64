package dev.noormme.cache.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Cache keys: the method (its {@link CachedQuery}, compared by identity) and its arguments.
 * Arrays and collections are copied and compared by value, so a caller that changes one after
 * the call cannot change a key in the cache. A method without arguments is its own key.
 */
final class CacheKeys {

    private CacheKeys() {
    }

    /** The argument as it goes into a key: itself, or a by-value copy of an array or collection. */
    static Object value(Object argument) {
        if (argument == null) {
            return null;
        }
        if (argument.getClass().isArray()) {
            return new ArrayValue(argument);
        }
        if (argument instanceof Collection<?> collection) {
            return copy(collection);
        }
        return argument;
    }

    private static Object copy(Collection<?> collection) {
        if (collection instanceof Set<?> set) {
            return Collections.unmodifiableSet(new HashSet<>(set));
        }
        List<Object> copy = new ArrayList<>(collection.size());
        for (Object element : collection) {
            copy.add(value(element));
        }
        return Collections.unmodifiableList(copy);
    }

    /** One argument. */
    static final class Key1 {
        private final CachedQuery<?> query;
        private final Object argument;
        private final int hash;

        Key1(CachedQuery<?> query, Object argument) {
            this.query = query;
            this.argument = argument;
            this.hash = 31 * query.hashCode() + Objects.hashCode(argument);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key1 that && query == that.query && Objects.equals(argument, that.argument);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Two or more arguments. */
    static final class KeyN {
        private final CachedQuery<?> query;
        private final Object[] arguments;
        private final int hash;

        KeyN(CachedQuery<?> query, Object[] arguments) {
            this.query = query;
            this.arguments = arguments;
            this.hash = 31 * query.hashCode() + Arrays.hashCode(arguments);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyN that && query == that.query && Arrays.equals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** An array argument, copied and compared element by element (nested arrays too). */
    static final class ArrayValue {
        private final Object[] wrapped;
        private final int hash;

        ArrayValue(Object array) {
            // Wrapping in a one-element Object[] lets deepEquals/deepHashCode handle primitive arrays.
            this.wrapped = new Object[] {copyOf(array)};
            this.hash = Arrays.deepHashCode(wrapped);
        }

        private static Object copyOf(Object array) {
            if (array instanceof Object[] objects) {
                Object[] copy = objects.clone();
                for (int i = 0; i < copy.length; i++) {
                    if (copy[i] != null && copy[i].getClass().isArray()) {
                        copy[i] = copyOf(copy[i]);
                    }
                }
                return copy;
            }
            if (array instanceof byte[] bytes) {
                return bytes.clone();
            }
            if (array instanceof int[] ints) {
                return ints.clone();
            }
            if (array instanceof long[] longs) {
                return longs.clone();
            }
            if (array instanceof char[] chars) {
                return chars.clone();
            }
            if (array instanceof short[] shorts) {
                return shorts.clone();
            }
            if (array instanceof double[] doubles) {
                return doubles.clone();
            }
            if (array instanceof float[] floats) {
                return floats.clone();
            }
            return ((boolean[]) array).clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ArrayValue that && Arrays.deepEquals(wrapped, that.wrapped);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

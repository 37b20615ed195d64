package dev.noormme.it;

import java.util.Comparator;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the README promises for one Java type on SQLite, written in Java: the order SQL compares
 * its values in, the value that reads back after a write, and random values to try.
 *
 * @param order the order SQL's comparisons, ORDER BY, MIN and MAX follow
 * @param stored the value that reads back after writing a value (the same on every path, bound
 *        parameters included)
 * @param same whether a read value is the stored one (equals; for arrays, their content)
 * @param random a random non-null value, extremes included
 * @param <T> the Java type
 */
record ValueType<T>(Comparator<T> order, UnaryOperator<T> stored, BiPredicate<T, T> same, Function<Random, T> random) {

    static <T> ValueType<T> exact(Comparator<T> order, Function<Random, T> random) {
        return new ValueType<>(order, UnaryOperator.identity(), Objects::equals, random);
    }
}

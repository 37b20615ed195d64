package dev.noormme.processor.model;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * A derived query method's name, parsed: what it returns, whether its rows are distinct, how
 * many rows at most, its predicate (an OR of AND groups, so {@code findByAAndBOrC} is
 * {@code (a AND b) OR c}) and its order.
 *
 * @param subject what the query produces
 * @param distinct true for {@code findDistinctBy...}: equal rows are returned once
 * @param limit {@code First}/{@code Top} (1) or {@code First<N>}/{@code Top<N>}; empty when unlimited
 * @param predicate OR of AND groups; empty when the method has no predicate
 * @param orderBy the sort keys in order
 */
public record DerivedQuery(Subject subject, boolean distinct, OptionalInt limit, List<List<Condition>> predicate,
                           List<SortKey> orderBy) {

    public DerivedQuery {
        predicate = predicate.stream().map(List::copyOf).toList();
        orderBy = List.copyOf(orderBy);
    }

    /** The conditions in method-name order, which is also the order of their parameters. */
    public List<Condition> conditions() {
        return predicate.stream().flatMap(List::stream).toList();
    }

    /** How many method parameters the predicate takes. */
    public int parameterCount() {
        return conditions().stream().mapToInt(condition -> condition.operator().arity()).sum();
    }

    /** This query with each condition replaced by {@code change}'s result, groups and order kept. */
    public DerivedQuery withConditions(UnaryOperator<Condition> change) {
        return new DerivedQuery(subject, distinct, limit,
                predicate.stream().map(group -> group.stream().map(change).toList()).toList(), orderBy);
    }

    /** The same rows, unordered and unlimited: what a page counts and pages through. */
    public DerivedQuery unlimitedAndUnordered() {
        return new DerivedQuery(subject, distinct, OptionalInt.empty(), predicate, List.of());
    }

    /** The count of this query's rows. */
    public DerivedQuery counted() {
        return new DerivedQuery(Subject.COUNT, distinct, OptionalInt.empty(), predicate, List.of());
    }

    /** What a derived method does, from its verb. */
    public enum Subject {
        /** {@code find|get|query|read|search|stream}: rows. */
        FIND,
        /** {@code count}: the number of rows. */
        COUNT,
        /** {@code exists}: whether a row matches. */
        EXISTS,
        /** {@code delete|remove}: deletes the matching rows. */
        DELETE
    }

    /**
     * One predicate: a property, an operator, whether it ignores case, and whether its argument
     * may be null.
     *
     * @param property the Java property name
     * @param operator the comparison
     * @param ignoreCase true when the method name says {@code IgnoreCase} (or {@code AllIgnoreCase}
     *     applies to this text condition)
     * @param nullableArgument true when the parameter is a reference type, so that a {@code null}
     *     argument to an equality or {@code Not} matches {@code IS NULL} or {@code IS NOT NULL}
     */
    public record Condition(String property, Operator operator, boolean ignoreCase, boolean nullableArgument) {

        /** A condition as the method name gives it, before parameter types are known. */
        public Condition(String property, Operator operator, boolean ignoreCase) {
            this(property, operator, ignoreCase, false);
        }

        /** This condition, ignoring case. */
        public Condition ignoringCase() {
            return new Condition(property, operator, true, nullableArgument);
        }

        /** This condition, whose argument may be null. */
        public Condition withNullableArgument() {
            return new Condition(property, operator, ignoreCase, true);
        }
    }

    /**
     * One {@code OrderBy} key.
     *
     * @param property the Java property name
     * @param ascending false for {@code Desc}
     */
    public record SortKey(String property, boolean ascending) {
    }
}

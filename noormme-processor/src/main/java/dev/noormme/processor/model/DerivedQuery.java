package dev.noormme.processor.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * A derived query method's name, parsed: what it returns, how many rows at most, its predicate
 * (an OR of AND groups, so {@code findByAAndBOrC} is {@code (a AND b) OR c}) and its order.
 *
 * @param subject what the query produces
 * @param limit {@code First} (1) or {@code Top<N>}; empty when unlimited
 * @param predicate OR of AND groups; empty when the method has no predicate
 * @param orderBy the sort keys in order
 */
public record DerivedQuery(Subject subject, OptionalInt limit, List<List<Condition>> predicate,
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

    /** The verb a derived method starts with. */
    public enum Subject {
        FIND, COUNT, EXISTS, DELETE
    }

    /**
     * One predicate: a property, an operator, and whether it ignores case.
     *
     * @param property the Java property name
     * @param operator the comparison
     * @param ignoreCase true when the method name says {@code IgnoreCase}
     */
    public record Condition(String property, Operator operator, boolean ignoreCase) {
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

package dev.noormme.processor.model;

import java.util.List;

/**
 * A predicate keyword of a derived query method, with every spelling Spring Data accepts for it
 * and the number of method parameters it consumes. Spellings are matched longest first, so
 * {@code NotIn} wins over {@code Not} and {@code IsNull} over {@code Is}.
 *
 * <p>Spring Data keywords that mean nothing on a flat table ({@code IsEmpty} on collections,
 * {@code Near}, {@code Within}, {@code Regex} — SQLite has no regular expressions built in) are
 * left out, so a method using them fails the build instead of doing something else.
 */
public enum Operator {
    EQUALS(1, "", "Is", "Equals"),
    NOT(1, "Not", "IsNot"),
    LESS_THAN(1, "LessThan", "IsLessThan"),
    LESS_THAN_EQUAL(1, "LessThanEqual", "IsLessThanEqual"),
    GREATER_THAN(1, "GreaterThan", "IsGreaterThan"),
    GREATER_THAN_EQUAL(1, "GreaterThanEqual", "IsGreaterThanEqual"),
    BEFORE(1, "Before", "IsBefore"),
    AFTER(1, "After", "IsAfter"),
    BETWEEN(2, "Between", "IsBetween"),
    LIKE(1, "Like", "IsLike"),
    NOT_LIKE(1, "NotLike", "IsNotLike"),
    STARTING_WITH(1, "StartingWith", "IsStartingWith", "StartsWith"),
    ENDING_WITH(1, "EndingWith", "IsEndingWith", "EndsWith"),
    CONTAINING(1, "Containing", "IsContaining", "Contains"),
    NOT_CONTAINING(1, "NotContaining", "IsNotContaining", "NotContains"),
    IN(1, "In", "IsIn"),
    NOT_IN(1, "NotIn", "IsNotIn"),
    IS_NULL(0, "IsNull", "Null"),
    IS_NOT_NULL(0, "IsNotNull", "NotNull"),
    TRUE(0, "True", "IsTrue"),
    FALSE(0, "False", "IsFalse");

    private final int arity;
    private final List<String> spellings;

    Operator(int arity, String... spellings) {
        this.arity = arity;
        this.spellings = List.of(spellings);
    }

    /** The keyword as the documentation and messages write it; empty for equality. */
    public String keyword() {
        return spellings.get(0);
    }

    /** Every spelling a method name may use, {@link #keyword()} first. */
    public List<String> spellings() {
        return spellings;
    }

    /** How many method parameters the predicate takes. */
    public int arity() {
        return arity;
    }

    /** True for the operators that take a collection ({@code In}, {@code NotIn}). */
    public boolean takesCollection() {
        return this == IN || this == NOT_IN;
    }

    /** True for the operators that only make sense on text. */
    public boolean needsText() {
        return this == LIKE || this == NOT_LIKE || this == STARTING_WITH || this == ENDING_WITH
                || this == CONTAINING || this == NOT_CONTAINING;
    }

    /** True for the operators that compare with one value, where {@code IgnoreCase} can fold both sides. */
    public boolean foldsCase() {
        return arity > 0 && !takesCollection();
    }

    /**
     * True for the negations whose SQL leaves out rows where the column is NULL ({@code <>},
     * {@code NOT LIKE}, {@code NOT IN}, {@code NOT GLOB}).
     */
    public boolean negates() {
        return this == NOT || this == NOT_LIKE || this == NOT_IN || this == NOT_CONTAINING;
    }
}

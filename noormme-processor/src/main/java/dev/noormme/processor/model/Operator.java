package dev.noormme.processor.model;

/**
 * A predicate keyword of a derived query method, with the number of method parameters it
 * consumes. Keywords are matched longest first, so {@code NotIn} wins over {@code Not}.
 */
public enum Operator {
    EQUALS("", 1),
    NOT("Not", 1),
    LESS_THAN("LessThan", 1),
    LESS_THAN_EQUAL("LessThanEqual", 1),
    GREATER_THAN("GreaterThan", 1),
    GREATER_THAN_EQUAL("GreaterThanEqual", 1),
    BEFORE("Before", 1),
    AFTER("After", 1),
    BETWEEN("Between", 2),
    LIKE("Like", 1),
    NOT_LIKE("NotLike", 1),
    STARTING_WITH("StartingWith", 1),
    ENDING_WITH("EndingWith", 1),
    CONTAINING("Containing", 1),
    IN("In", 1),
    NOT_IN("NotIn", 1),
    IS_NULL("IsNull", 0),
    IS_NOT_NULL("IsNotNull", 0),
    TRUE("True", 0),
    FALSE("False", 0);

    private final String keyword;
    private final int arity;

    Operator(String keyword, int arity) {
        this.keyword = keyword;
        this.arity = arity;
    }

    /** The keyword as it appears in a method name; empty for equality. */
    public String keyword() {
        return keyword;
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
                || this == CONTAINING;
    }
}

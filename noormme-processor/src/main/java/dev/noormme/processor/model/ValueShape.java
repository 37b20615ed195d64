package dev.noormme.processor.model;

/**
 * How a bound value is shaped before binding: as is, or wrapped into a GLOB pattern
 * (case-sensitive {@code StartingWith}/{@code EndingWith}/{@code Containing}) or a LIKE pattern
 * with {@code ESCAPE '\'} (their {@code IgnoreCase} forms). The runtime's {@code Patterns} escapes
 * the value's own wildcards, so a user's {@code %} or {@code *} matches itself.
 */
public enum ValueShape {
    AS_IS(null),
    GLOB_PREFIX("globStartingWith"),
    GLOB_SUFFIX("globEndingWith"),
    GLOB_CONTAINS("globContaining"),
    LIKE_PREFIX("likeStartingWith"),
    LIKE_SUFFIX("likeEndingWith"),
    LIKE_CONTAINS("likeContaining");

    private final String patternMethod;

    ValueShape(String patternMethod) {
        this.patternMethod = patternMethod;
    }

    /** The {@code Patterns} method that shapes the value; null for {@link #AS_IS}. */
    public String patternMethod() {
        return patternMethod;
    }
}

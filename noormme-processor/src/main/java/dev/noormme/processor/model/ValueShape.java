package dev.noormme.processor.model;

/**
 * How a bound value is bound: as is; as the argument of a null-safe equality (once or twice,
 * as the running dialect's SQL has it: the runtime's {@code NullSafe}); as a case-sensitive
 * pattern (the runtime's {@code Patterns.setStartingWith} and the like, which shape it for the
 * dialect: GLOB on SQLite, LIKE on PostgreSQL); or wrapped into an ASCII-case-insensitive LIKE
 * pattern with {@code ESCAPE '\'} (the {@code IgnoreCase} forms). Patterns escape the value's own
 * wildcards, so a user's {@code %} or {@code *} matches itself.
 */
public enum ValueShape {
    AS_IS(null),
    NULL_SAFE(null),
    PREFIX("setStartingWith"),
    SUFFIX("setEndingWith"),
    CONTAINS("setContaining"),
    LIKE_PREFIX("likeStartingWith"),
    LIKE_SUFFIX("likeEndingWith"),
    LIKE_CONTAINS("likeContaining");

    private final String patternMethod;

    ValueShape(String patternMethod) {
        this.patternMethod = patternMethod;
    }

    /**
     * The {@code Patterns} method: for {@link #PREFIX}, {@link #SUFFIX} and {@link #CONTAINS} the
     * one that binds, for the LIKE shapes the one that shapes the value; null otherwise.
     */
    public String patternMethod() {
        return patternMethod;
    }

    /** True for the shapes {@code Patterns} binds itself, for the running dialect. */
    public boolean boundByPatterns() {
        return this == PREFIX || this == SUFFIX || this == CONTAINS;
    }
}

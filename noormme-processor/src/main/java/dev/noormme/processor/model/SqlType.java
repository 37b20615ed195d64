package dev.noormme.processor.model;

/**
 * How a column is declared in SQLite: its type affinity, and for decimals the collation that
 * makes text compare as numbers.
 */
public enum SqlType {
    TEXT("TEXT"),
    /**
     * A {@code BigDecimal}: its plain text, compared by the runtime's {@code DECIMAL} collation
     * (the collation of SQLite's own decimal extension), so that ordering is numeric while the
     * value and its scale stay exact.
     */
    DECIMAL("TEXT COLLATE DECIMAL"),
    INTEGER("INTEGER"),
    REAL("REAL"),
    BLOB("BLOB");

    private final String declaration;

    SqlType(String declaration) {
        this.declaration = declaration;
    }

    /** The column's type as CREATE TABLE declares it. */
    public String declaration() {
        return declaration;
    }
}

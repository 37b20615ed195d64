package dev.noormme.processor.model;

import java.util.Objects;

/**
 * One statement (or a piece of one, such as a page's default order) in each dialect the runtime
 * runs; generated code holds it as the runtime's {@code DialectSql}.
 *
 * @param sqlite SQLite's text, the one verified at compile time
 * @param postgresql PostgreSQL's text
 */
public record DialectText(String sqlite, String postgresql) {

    public DialectText {
        Objects.requireNonNull(sqlite, "sqlite");
        Objects.requireNonNull(postgresql, "postgresql");
    }

    /** True when both dialects run the same text. */
    public boolean portable() {
        return sqlite.equals(postgresql);
    }
}

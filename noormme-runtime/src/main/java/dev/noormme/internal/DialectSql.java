package dev.noormme.internal;

import dev.noormme.config.Dialect;
import java.util.Objects;

/**
 * One statement of generated code, written once per dialect by the processor; the runtime runs
 * the text of the open database's dialect.
 *
 * @param sqlite the statement for SQLite
 * @param postgresql the statement for PostgreSQL
 */
public record DialectSql(String sqlite, String postgresql) {

    public DialectSql {
        Objects.requireNonNull(sqlite, "sqlite");
        Objects.requireNonNull(postgresql, "postgresql");
    }

    /** A statement whose text differs between the dialects. */
    public static DialectSql of(String sqlite, String postgresql) {
        return new DialectSql(sqlite, postgresql);
    }

    /** A statement both dialects run as written. */
    public static DialectSql portable(String sql) {
        return new DialectSql(sql, sql);
    }

    /** The text for {@code dialect}. */
    public String text(Dialect dialect) {
        return dialect == Dialect.SQLITE ? sqlite : postgresql;
    }
}

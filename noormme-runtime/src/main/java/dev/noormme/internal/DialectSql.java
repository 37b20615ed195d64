package dev.noormme.internal;

import dev.noormme.config.Dialect;
import java.util.Objects;

/**
 * One statement of generated code, written once per dialect by the processor; the runtime runs
 * the text of the open database's dialect. A statement with collection placeholders
 * ({@value Sql#EXPANSION}) is expanded for a call's collection sizes by {@link Sql#expand(DialectSql, int...)},
 * and only the dialect that runs is ever expanded.
 *
 * <p>Immutable and thread-safe.
 */
public final class DialectSql {

    private final String sqlite;
    private final String postgresql;
    private final int[] sizes; // null: not expanded

    private DialectSql(String sqlite, String postgresql, int[] sizes) {
        this.sqlite = Objects.requireNonNull(sqlite, "sqlite");
        this.postgresql = Objects.requireNonNull(postgresql, "postgresql");
        this.sizes = sizes;
    }

    /** A statement whose text differs between the dialects. */
    public static DialectSql of(String sqlite, String postgresql) {
        return new DialectSql(sqlite, postgresql, null);
    }

    /** A statement both dialects run as written. */
    public static DialectSql portable(String sql) {
        return new DialectSql(sql, sql, null);
    }

    /** This statement with its collection placeholders to be expanded to {@code sizes}. */
    DialectSql expandedTo(int[] sizes) {
        return new DialectSql(sqlite, postgresql, sizes.clone());
    }

    /** The text for {@code dialect}, its collection placeholders expanded. */
    public String text(Dialect dialect) {
        String sql = dialect == Dialect.SQLITE ? sqlite : postgresql;
        return sizes == null ? sql : Sql.expand(dialect, sql, sizes);
    }

    @Override
    public String toString() {
        return sqlite.equals(postgresql) ? sqlite : "SQLite: " + sqlite + " | PostgreSQL: " + postgresql;
    }
}

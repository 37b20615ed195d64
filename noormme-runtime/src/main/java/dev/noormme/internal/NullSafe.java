package dev.noormme.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds the argument of a derived query's null-safe equality, which each dialect writes its own
 * way: SQLite's {@code col IS ?} takes the value once; PostgreSQL's
 * {@code ("col" = ? OR ("col" IS NULL AND CAST(? AS type) IS NULL))} takes it twice, because
 * {@code IS NOT DISTINCT FROM}, its one-placeholder form, cannot use an index on the column.
 * Generated binders call {@link #bind} and continue from the index it returns, so one binder
 * serves both dialects. Stateless, thread-safe.
 */
public final class NullSafe {

    /** One of {@code Columns}' typed setters, such as {@code Columns::setString}. */
    @FunctionalInterface
    public interface Setter<V> {
        void set(PreparedStatement statement, int index, V value) throws SQLException;
    }

    private NullSafe() {
    }

    /**
     * Binds {@code value} with {@code setter} at {@code index}, once on SQLite and at
     * {@code index} and {@code index + 1} on PostgreSQL.
     *
     * @return the index of the next parameter
     */
    public static <V> int bind(PreparedStatement statement, int index, V value, Setter<V> setter) throws SQLException {
        setter.set(statement, index, value);
        if (Columns.onSqlite(statement)) {
            return index + 1;
        }
        setter.set(statement, index + 1, value);
        return index + 2;
    }
}

package dev.noormme.internal;

import dev.noormme.config.Dialect;
import dev.noormme.connection.Handle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps a table's id generator ahead of the ids an application supplied itself, so that a later
 * insert without an id never takes one of them. SQLite needs nothing: an {@code INTEGER PRIMARY
 * KEY} takes {@code max(rowid) + 1}. A PostgreSQL identity is a sequence that knows nothing of
 * explicit ids, so after them it is moved to the table's largest id (never backwards). Immutable;
 * thread-safe.
 */
abstract sealed class IdSequence {

    /** After rows with explicit ids were written on {@code handle}, in the same transaction or call. */
    abstract void passExplicitIds(Handle handle) throws SQLException;

    /** The generator of {@code mapping}'s table on {@code dialect}; nothing to do when its ids are not generated. */
    static IdSequence of(Dialect dialect, EntityMapping<?, ?> mapping) {
        if (!mapping.generatedId()) {
            return Nothing.INSTANCE;
        }
        return switch (dialect) {
            case SQLITE -> Nothing.INSTANCE;
            case POSTGRESQL -> new Identity(mapping.table(), mapping.idColumn());
        };
    }

    private static final class Nothing extends IdSequence {
        static final Nothing INSTANCE = new Nothing();

        @Override
        void passExplicitIds(Handle handle) {
        }
    }

    private static final class Identity extends IdSequence {
        private final String sql;
        private final String table;
        private final String column;

        Identity(String table, String column) {
            // setval's third argument true: the next value is one past the largest id; a sequence
            // already further on (ids taken and deleted since) is left where it is.
            this.sql = "SELECT setval(s, GREATEST((SELECT max(" + Sql.quote(Dialect.POSTGRESQL, column) + ") FROM "
                    + Sql.quote(Dialect.POSTGRESQL, table) + "), COALESCE(pg_sequence_last_value(s), 0), 1), true)"
                    + " FROM (SELECT pg_get_serial_sequence(?, ?)::regclass AS s) AS generator WHERE s IS NOT NULL";
            this.table = Sql.quote(Dialect.POSTGRESQL, table);
            this.column = column;
        }

        @Override
        void passExplicitIds(Handle handle) throws SQLException {
            PreparedStatement statement = handle.prepare(sql);
            statement.setString(1, table);
            statement.setString(2, column);
            try (ResultSet ignored = statement.executeQuery()) {
                // The new value is not needed: moving the sequence is the point.
            }
        }
    }
}

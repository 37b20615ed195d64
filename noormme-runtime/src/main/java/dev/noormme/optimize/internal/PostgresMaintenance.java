package dev.noormme.optimize.internal;

import dev.noormme.config.Dialect;
import dev.noormme.connection.Handle;
import dev.noormme.internal.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every PostgreSQL-only statement of the optimizer, in one place, as {@link SqliteMaintenance} is
 * SQLite's. Stateless; each method runs on the connection it is given.
 */
final class PostgresMaintenance {

    private PostgresMaintenance() {
    }

    /**
     * {@code ANALYZE} of {@code table}. ANALYZE may run inside a transaction, but is run in
     * auto-commit like everything here, so it never holds a transaction open.
     */
    static void analyze(Handle handle, String table) throws SQLException {
        autocommit(handle.connection(), "ANALYZE " + quote(table));
    }

    /**
     * {@code VACUUM (ANALYZE)} or {@code VACUUM (FULL, ANALYZE)} of {@code table}. VACUUM refuses
     * to run inside a transaction block, so the connection is put in auto-commit for it.
     */
    static void vacuum(Handle handle, String table, boolean full) throws SQLException {
        autocommit(handle.connection(), "VACUUM (" + (full ? "FULL, " : "") + "ANALYZE) " + quote(table));
    }

    /** The table's size in pages (blocks), 0 when it does not exist. */
    static long pages(Handle handle, String table) throws SQLException {
        PreparedStatement statement = handle.prepare("SELECT coalesce(pg_relation_size(to_regclass(?))"
                + " / current_setting('block_size')::bigint, 0)");
        statement.setString(1, quote(table));
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /**
     * Rows inserted, updated and deleted in the current database's user tables since its
     * statistics were last reset: a count that only grows, as SQLite's {@code total_changes()}.
     */
    static long changes(Handle handle) throws SQLException {
        return handle.queryLong("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables");
    }

    private static void autocommit(Connection connection, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } finally {
            if (!autoCommit) {
                connection.setAutoCommit(false);
            }
        }
    }

    private static String quote(String name) {
        return Sql.quote(Dialect.POSTGRESQL, name);
    }
}

package dev.noormme.optimize.internal;

import dev.noormme.config.Dialect;
import dev.noormme.connection.Handle;
import dev.noormme.internal.Sql;
import dev.noormme.optimize.RetentionRule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;

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

    /**
     * Deletes at most {@code limit} rows of the rule's table whose time is before {@code cutoff}:
     * PostgreSQL's DELETE has no LIMIT, so the rows are chosen by their {@code ctid} (their place
     * in the table, valid within the statement). One statement, so one short transaction in
     * auto-commit.
     *
     * @return the rows deleted
     */
    static int deleteExpired(Handle handle, RetentionRule rule, Instant cutoff, ZoneId zone, int limit)
            throws SQLException {
        String table = quote(rule.table());
        PreparedStatement statement = handle.prepare("DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM "
                + table + " WHERE " + quote(rule.column()) + " < ? LIMIT ?)");
        RetentionCleanup.bindCutoff(statement, 1, rule, cutoff, zone);
        statement.setInt(2, limit);
        return statement.executeUpdate();
    }

    /** True when the rule's table has at least one row before {@code cutoff}. */
    static boolean hasExpired(Handle handle, RetentionRule rule, Instant cutoff, ZoneId zone) throws SQLException {
        PreparedStatement statement = handle.prepare("SELECT EXISTS (SELECT 1 FROM " + quote(rule.table())
                + " WHERE " + quote(rule.column()) + " < ?)");
        RetentionCleanup.bindCutoff(statement, 1, rule, cutoff, zone);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
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

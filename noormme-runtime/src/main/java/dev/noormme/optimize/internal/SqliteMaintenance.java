package dev.noormme.optimize.internal;

import dev.noormme.connection.Handle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every SQLite-only statement of the optimizer, in one place, so that an optimizer for another
 * database (PostgreSQL's {@code VACUUM (ANALYZE)} per table, no WAL checkpoints) replaces this
 * class and nothing else. Stateless; each method runs on the connection it is given.
 */
final class SqliteMaintenance {

    /** Rows a bounded {@code PRAGMA optimize} samples per index: SQLite's recommended bound. */
    static final int ANALYSIS_LIMIT = 1000;

    private SqliteMaintenance() {
    }

    /** The result of {@code PRAGMA wal_checkpoint}. */
    record Checkpoint(boolean blocked, long walFrames, long framesCopied) {
    }

    static long pageCount(Handle handle) throws SQLException {
        return handle.queryLong("PRAGMA page_count");
    }

    static long freePages(Handle handle) throws SQLException {
        return handle.queryLong("PRAGMA freelist_count");
    }

    static long pageSize(Handle handle) throws SQLException {
        return handle.queryLong("PRAGMA page_size");
    }

    /** True when the file frees pages in steps ({@code auto_vacuum = INCREMENTAL}, 2). */
    static boolean incrementalVacuum(Handle handle) throws SQLException {
        return handle.queryLong("PRAGMA auto_vacuum") == 2;
    }

    static String journalMode(Handle handle) throws SQLException {
        return handle.queryString("PRAGMA journal_mode");
    }

    /** Rows inserted, updated or deleted on this connection since it opened. */
    static long totalChanges(Handle handle) throws SQLException {
        return handle.queryLong("SELECT total_changes()");
    }

    /** Truncates the WAL file to at most this size after each checkpoint that resets it. */
    static void journalSizeLimit(Handle handle, long bytes) throws SQLException {
        once(handle, "PRAGMA journal_size_limit=" + bytes);
    }

    /**
     * {@code PRAGMA optimize} over every table (mask 0x10002: not only those this connection
     * queried), each index sampled at most {@link #ANALYSIS_LIMIT} rows.
     */
    static void optimize(Handle handle) throws SQLException {
        once(handle, "PRAGMA analysis_limit=" + ANALYSIS_LIMIT);
        once(handle, "PRAGMA optimize=0x10002");
    }

    /** A full, unbounded {@code ANALYZE}; the analysis limit is lifted for it. */
    static void analyzeFully(Handle handle) throws SQLException {
        once(handle, "PRAGMA analysis_limit=0");
        once(handle, "ANALYZE");
    }

    /** How many tables and indexes have statistics. */
    static long analyzedObjects(Handle handle) throws SQLException {
        try (Statement statement = handle.connection().createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'")) {
            if (!row.next() || row.getLong(1) == 0) {
                return 0;
            }
        }
        return handle.queryLong("SELECT count(DISTINCT coalesce(idx, tbl)) FROM sqlite_stat1");
    }

    /**
     * Frees up to {@code pages} free pages. Through {@code executeUpdate}, which steps the pragma to
     * its end: {@code execute} and {@code executeQuery} step it once, freeing a single page.
     */
    static void incrementalVacuum(Handle handle, long pages) throws SQLException {
        try (Statement statement = handle.connection().createStatement()) {
            statement.executeUpdate("PRAGMA incremental_vacuum(" + pages + ")");
        }
    }

    static void fullVacuum(Handle handle) throws SQLException {
        once(handle, "VACUUM");
    }

    /** {@code PRAGMA wal_checkpoint(PASSIVE)} or {@code (TRUNCATE)}. */
    static Checkpoint checkpoint(Handle handle, boolean truncate) throws SQLException {
        try (Statement statement = handle.connection().createStatement();
                ResultSet row = statement.executeQuery(
                        "PRAGMA wal_checkpoint(" + (truncate ? "TRUNCATE" : "PASSIVE") + ")")) {
            row.next();
            return new Checkpoint(row.getInt(1) != 0, row.getLong(2), row.getLong(3));
        }
    }

    // Backquotes: unlike double quotes, a name that is no column is an error, never a string.
    private static String quote(String name) {
        return "`" + name + "`";
    }

    private static void once(Handle handle, String sql) throws SQLException {
        handle.executeOnce(sql);
    }
}

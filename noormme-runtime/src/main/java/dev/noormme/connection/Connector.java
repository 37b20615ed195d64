package dev.noormme.connection;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.JournalMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.sqlite.JDBC;

/** Opens one SQLite connection and applies NOORMME's PRAGMAs to it. Stateless. */
final class Connector {

    private Connector() {
    }

    /**
     * Opens the writer: on a new file, sets {@code auto_vacuum=INCREMENTAL}; then sets the journal mode (a property of the database file, so set once,
     * here) and then the per-connection PRAGMAs. The journal_mode statement is the first to
     * touch the file, so a file that is not a database fails here with SQLITE_NOTADB.
     */
    static Handle openWriter(String url, DatabaseConfig config) throws SQLException {
        Connection connection = JDBC.createConnection(url, new Properties());
        try {
            if (isEmpty(connection)) {
                // Only possible before the first table exists; lets the optimizer free pages in steps.
                pragma(connection, "PRAGMA auto_vacuum=INCREMENTAL");
            }
            pragma(connection, "PRAGMA journal_mode=" + config.journalMode().name().toLowerCase(Locale.ROOT));
            // Reading the schema makes SQLite read page 1 even where journal_mode did not need to.
            pragma(connection, "PRAGMA schema_version");
            common(connection, config);
            return new Handle(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** True for a file with no pages yet: one this open creates (or an empty one nothing wrote). */
    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA page_count")) {
            return row.next() && row.getLong(1) == 0;
        }
    }

    /** Opens a reader: the per-connection PRAGMAs, and {@code query_only} so it can never write. */
    static Handle openReader(String url, DatabaseConfig config) throws SQLException {
        Connection connection = JDBC.createConnection(url, new Properties());
        try {
            common(connection, config);
            pragma(connection, "PRAGMA query_only=ON");
            return new Handle(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** The journal mode SQLite actually uses (an in-memory database stays "memory"). */
    static String journalMode(Handle handle) throws SQLException {
        try (Statement statement = handle.connection().createStatement();
                ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
            return row.next() ? row.getString(1) : "";
        }
    }

    static boolean wantsWal(DatabaseConfig config) {
        return config.journalMode() == JournalMode.WAL;
    }

    private static void common(Connection connection, DatabaseConfig config) throws SQLException {
        DecimalCollation.register(connection);
        DecimalSum.register(connection);
        pragma(connection, "PRAGMA synchronous=" + config.synchronous().name());
        pragma(connection, "PRAGMA foreign_keys=ON");
        pragma(connection, "PRAGMA busy_timeout=" + config.busyTimeout().toMillis());
        pragma(connection, "PRAGMA temp_store=MEMORY");
    }

    // Each PRAGMA on its own closed statement: an open PRAGMA result set would block later commits.
    private static void pragma(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

package dev.noormme.migration;

import dev.noormme.connection.DecimalCollation;
import dev.noormme.connection.DecimalSum;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.JDBC;

/**
 * Hands Flyway connections of its own to the database file, and remembers each, so that
 * {@link #close()} releases every one even when Flyway failed half-way: a corrected retry in the
 * same process then finds no connection left open. One per Flyway operation; Flyway may call it
 * from its own threads, so the list is guarded.
 */
final class MigrationDataSource implements DataSource, AutoCloseable {

    private final String url;
    private final long busyTimeoutMillis;
    private final List<Connection> opened = new ArrayList<>();

    MigrationDataSource(String url, long busyTimeoutMillis) {
        this.url = url;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties properties = new Properties();
        // Waits for the application's own connections of other processes; in this process the
        // caller holds the write lock, so nothing here competes with it.
        properties.setProperty("busy_timeout", Long.toString(busyTimeoutMillis));
        Connection connection = JDBC.createConnection(url, properties);
        // Migrations may create, index or total BigDecimal columns, which are declared with this collation.
        DecimalCollation.register(connection);
        DecimalSum.register(connection);
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** Closes every connection handed out that is still open; failures are added to none: closing is best effort. */
    @Override
    public void close() {
        List<Connection> all;
        synchronized (opened) {
            all = new ArrayList<>(opened);
            opened.clear();
        }
        for (Connection connection : all) {
            try {
                if (!connection.isClosed()) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    connection.close();
                }
            } catch (SQLException e) {
                System.getLogger(MigrationDataSource.class.getName())
                        .log(System.Logger.Level.WARNING, "Could not close a migration connection to " + url, e);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Flyway logs through its own loggers.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // SQLite opens a file; there is no login.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

package dev.noormme.migration;

import dev.noormme.connection.DecimalCollation;
import dev.noormme.connection.DecimalSum;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sqlite.JDBC;

/**
 * Hands Flyway connections of its own to the database, and remembers each, so that
 * {@link #close()} releases every one even when Flyway failed half-way: a corrected retry in the
 * same process then finds no connection left open. Connections of their own rather than the
 * application's: Flyway changes session settings and holds its connection for a whole run. One
 * per Flyway operation; Flyway may call it from its own threads, so the list is guarded.
 */
final class MigrationDataSource implements DataSource, AutoCloseable {

    /** Opens one connection to the database. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final String url;
    private final Opener opener;
    private final List<Connection> opened = new ArrayList<>();

    private MigrationDataSource(String url, Opener opener) {
        this.url = url;
        this.opener = opener;
    }

    /** SQLite connections to the file, with NOORMME's collation and function. */
    static MigrationDataSource sqlite(String url, long busyTimeoutMillis) {
        return new MigrationDataSource(url, () -> {
            Properties properties = new Properties();
            // Waits for the application's own connections of other processes; in this process the
            // caller holds the write lock, so nothing here competes with it.
            properties.setProperty("busy_timeout", Long.toString(busyTimeoutMillis));
            Connection connection = JDBC.createConnection(url, properties);
            // Migrations may create, index or total BigDecimal columns, which are declared with this collation.
            DecimalCollation.register(connection);
            DecimalSum.register(connection);
            return connection;
        });
    }

    /**
     * pgJDBC connections to the url, outside the application's pool: a run holds one for its whole
     * length and must not take a connection the application is waiting for.
     *
     * @param credentials {@code user} and {@code password} when not in the url; may be empty
     */
    static MigrationDataSource postgres(String url, Properties credentials) {
        return new MigrationDataSource(url, () -> DriverManager.getConnection(url, credentials));
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = opener.open();
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
        // Flyway never sets one; pgJDBC's own connectTimeout (in the url) applies.
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

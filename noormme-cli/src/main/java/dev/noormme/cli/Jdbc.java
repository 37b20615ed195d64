package dev.noormme.cli;

import dev.noormme.config.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Plain read-only JDBC connections for what the runtime does not report (the catalog, the row
 * counts, Flyway's history table). On SQLite: opened without {@code SQLITE_OPEN_CREATE}, so a
 * missing file is never made, and with {@code query_only}, so no statement can write. Not
 * {@code SQLITE_OPEN_READONLY}: on a WAL file a read-only connection cannot remove the
 * {@code -wal} and {@code -shm} files when it closes, and would leave them behind. On PostgreSQL
 * a read-only session. Stateless.
 */
final class Jdbc {

    private Jdbc() {
    }

    /** A read-only connection to {@code target}, whose file {@link Target#requireDatabase()} has checked. */
    static Connection readOnly(Target target, Duration busyTimeout) throws SQLException {
        if (target.dialect() == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.resetOpenMode(SQLiteOpenMode.CREATE);
            config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
            Connection connection = config.createConnection(target.url());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only=ON");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        }
        Connection connection = DriverManager.getConnection(target.url());
        connection.setReadOnly(true);
        return connection;
    }
}

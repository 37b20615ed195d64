package dev.noormme.cli;

import dev.noormme.config.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flyway's migration history ({@code flyway_schema_history}), as the runtime's migrations write
 * it, read on a plain connection. Stateless.
 */
final class History {

    static final String TABLE = "flyway_schema_history";

    private static final String SQLITE_EXISTS = "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?";
    private static final String POSTGRESQL_EXISTS = "SELECT 1 FROM information_schema.tables"
            + " WHERE table_schema = current_schema() AND table_name = ?";
    private static final String ROWS = "SELECT installed_rank, version, description, type, installed_on,"
            + " execution_time, success FROM " + TABLE + " ORDER BY installed_rank";

    /**
     * One row of the history.
     *
     * @param version empty for a row without one (Flyway's baseline marker has one; repeatables have none)
     * @param executionMillis how long it ran, as Flyway measured it
     */
    record Row(int rank, String version, String description, String type, String installedOn,
            long executionMillis, boolean success) {
    }

    private History() {
    }

    /** The rows, oldest first; null when the database has no history table (it never migrated). */
    static List<Row> read(Connection connection, Dialect dialect) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                dialect == Dialect.SQLITE ? SQLITE_EXISTS : POSTGRESQL_EXISTS)) {
            exists.setString(1, TABLE);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ROWS);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                String version = row.getString(2);
                rows.add(new Row(row.getInt(1), version == null ? "" : version, row.getString(3), row.getString(4),
                        row.getString(5), row.getLong(6), row.getBoolean(7)));
            }
        }
        return rows;
    }
}

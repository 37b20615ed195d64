package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.noormme.fixtures.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NullSafe}: one binder serves both dialects' null-safe equality, SQLite's {@code IS ?}
 * (the value once) and PostgreSQL's indexable form (the value twice), and both find the same rows.
 */
class NullSafeTest {

    private static final String SQLITE = "SELECT `id` FROM `notes` WHERE `note` IS ? AND `id` > ? ORDER BY `id`";
    private static final String POSTGRESQL = "SELECT \"id\" FROM \"notes\" WHERE (\"note\" = ? OR (\"note\" IS NULL "
            + "AND CAST(? AS text) IS NULL)) AND \"id\" > ? ORDER BY \"id\"";

    @Test
    void sqliteTakesTheValueOnceAndPostgresqlTwiceWithTheSameRows() throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite::memory:");
                Connection postgresql = DriverManager.getConnection(PostgresServer.newDatabase())) {
            fill(sqlite, "CREATE TABLE `notes` (`id` INTEGER PRIMARY KEY, `note` TEXT)");
            fill(postgresql, "CREATE TABLE \"notes\" (\"id\" BIGINT PRIMARY KEY, \"note\" TEXT COLLATE \"C\")");
            for (String note : new String[] {"a", null}) {
                assertEquals(ids(sqlite, SQLITE, note, 2), ids(postgresql, POSTGRESQL, note, 3));
            }
            assertEquals(List.of(2L, 4L), ids(sqlite, SQLITE, null, 2));
            assertEquals(List.of(3L), ids(postgresql, POSTGRESQL, "a", 3));
        }
    }

    private static void fill(Connection connection, String create) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
            statement.execute("INSERT INTO notes (id, note) VALUES (1, 'a'), (2, NULL), (3, 'a'), (4, NULL), (5, 'b')");
        }
    }

    /** Binds as generated code does, and checks that the binder ends at the next free index. */
    private static List<Long> ids(Connection connection, String sql, String note, int expectedNext) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = NullSafe.bind(statement, 1, note, Columns::setString);
            assertEquals(expectedNext, index);
            statement.setLong(index, 1);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}

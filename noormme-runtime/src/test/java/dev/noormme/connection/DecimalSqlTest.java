package dev.noormme.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payments, through SQL on a real file: every comparison numeric, sums exact. */
class DecimalSqlTest {

    private static final List<String> AMOUNTS = List.of("100.00", "20.10", "9.99", "1000", "-5", "0.000001");

    @TempDir
    Path folder;

    private Connection open() throws SQLException {
        Connection connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + folder.resolve("d.db"),
                new java.util.Properties());
        DecimalCollation.register(connection);
        DecimalSum.register(connection);
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE IF NOT EXISTS payments (id INTEGER PRIMARY KEY, grp INTEGER,"
                    + " amount TEXT COLLATE DECIMAL)");
            create.execute("CREATE INDEX IF NOT EXISTS payments_amount ON payments (amount)");
        }
        return connection;
    }

    private static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private void insert(Connection connection, List<String> amounts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payments (grp, amount) VALUES (?, ?)")) {
            for (int i = 0; i < amounts.size(); i++) {
                insert.setInt(1, i % 2);
                insert.setString(2, amounts.get(i));
                insert.executeUpdate();
            }
        }
    }

    @Test
    void comparisonsOrderingAndAggregatesAreNumeric() throws SQLException {
        try (Connection connection = open()) {
            insert(connection, AMOUNTS);
            assertEquals(List.of("100.00", "1000"), strings(connection, "SELECT amount FROM payments WHERE amount > ? ORDER BY id", "50"));
            assertEquals(List.of("1000", "100.00", "20.10", "9.99", "0.000001", "-5"),
                    strings(connection, "SELECT amount FROM payments ORDER BY amount DESC"));
            assertEquals(List.of("100.00", "20.10", "9.99"),
                    strings(connection, "SELECT amount FROM payments WHERE amount BETWEEN ? AND ? ORDER BY id", "5", "200"));
            assertEquals(List.of("-5|1000"), strings(connection, "SELECT min(amount) || '|' || max(amount) FROM payments"));
            assertEquals(List.of("1125.090001"), strings(connection, "SELECT decimal_sum(amount) FROM payments"));
            assertEquals(List.of("20.10"), strings(connection, "SELECT amount FROM payments WHERE amount = ?", "20.1"),
                    "equality is numeric, as BigDecimal.compareTo");
            assertEquals(List.of("20.10", "1000"),
                    strings(connection, "SELECT amount FROM payments WHERE amount IN (20.1, 1E+3) ORDER BY id"));
        }
    }

    @Test
    void decimalSumIsExactPerGroupAndNullWhenEmpty() throws SQLException {
        Random random = new Random(7);
        List<String> amounts = new ArrayList<>();
        BigDecimal[] expected = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < 2000; i++) {
            BigDecimal value = DecimalCollationTest.randomDecimal(random);
            amounts.add(value.toPlainString());
            expected[i % 2] = expected[i % 2].add(value);
        }
        try (Connection connection = open()) {
            assertNull(strings(connection, "SELECT decimal_sum(amount) FROM payments").get(0));
            insert(connection, amounts);
            List<String> sums = strings(connection, "SELECT decimal_sum(amount) FROM payments GROUP BY grp ORDER BY grp");
            assertEquals(0, expected[0].compareTo(new BigDecimal(sums.get(0))));
            assertEquals(0, expected[1].compareTo(new BigDecimal(sums.get(1))));
            insert(connection, List.of("twelve"));
            SQLException refused = assertThrows(SQLException.class,
                    () -> strings(connection, "SELECT decimal_sum(amount) FROM payments"));
            assertTrue(refused.getMessage().contains("'twelve' is not a decimal number"), refused.getMessage());
        }
    }
}

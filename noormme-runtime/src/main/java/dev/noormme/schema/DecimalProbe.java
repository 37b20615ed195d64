package dev.noormme.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which TEXT columns compare with the DECIMAL collation. {@code pragma_table_info} does
 * not show collations, so each column is asked directly: in
 * {@code SELECT x > '9' FROM (SELECT `c` AS x FROM `t` WHERE 0 UNION ALL SELECT '10')} the
 * comparison uses the column's collation, and '10' is greater than '9' only as a number. No row
 * of the table is read. Stateless.
 */
final class DecimalProbe {

    /** A column to probe; names as the entity's schema declares them. */
    record Target(String table, String column) {
    }

    // One scalar subquery per result column; SQLite allows 2000 result columns by default.
    private static final int PER_QUERY = 200;

    private DecimalProbe() {
    }

    /** The targets whose column compares with the DECIMAL collation on {@code connection}. */
    static Set<Target> decimal(Connection connection, List<Target> targets) throws SQLException {
        Set<Target> decimal = new HashSet<>();
        for (int start = 0; start < targets.size(); start += PER_QUERY) {
            List<Target> chunk = targets.subList(start, Math.min(targets.size(), start + PER_QUERY));
            List<String> probes = new ArrayList<>(chunk.size());
            for (Target target : chunk) {
                probes.add("(SELECT x > '9' FROM (SELECT " + quote(target.column()) + " AS x FROM "
                        + quote(target.table()) + " WHERE 0 UNION ALL SELECT '10'))");
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT " + String.join(", ", probes))) {
                row.next();
                for (int i = 0; i < chunk.size(); i++) {
                    if (row.getInt(i + 1) == 1) {
                        decimal.add(chunk.get(i));
                    }
                }
            }
        }
        return decimal;
    }

    /** An identifier in backquotes, which SQLite never reads as a string literal. */
    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}

package dev.noormme.health.internal;

import dev.noormme.connection.ConnectionManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * SQLite's {@code EXPLAIN QUERY PLAN} of a statement as indented text, one step a line
 * ({@code SEARCH users USING INDEX users_email (email=?)}). The monitor's one SQLite-specific
 * piece for plans: a PostgreSQL monitor reads its {@code EXPLAIN} here instead. Stateless.
 */
public final class SqlitePlans {

    private SqlitePlans() {
    }

    /** The plan of {@code sql} on a reader; "" when it cannot be explained (the schema changed, say). */
    public static String explain(ConnectionManager connections, String sql) {
        try {
            return connections.read((handle, statementSql) -> {
                try (PreparedStatement explain = handle.connection().prepareStatement(
                        "EXPLAIN QUERY PLAN " + statementSql);
                        ResultSet steps = explain.executeQuery()) {
                    Map<Integer, Integer> depth = new HashMap<>();
                    StringBuilder plan = new StringBuilder();
                    while (steps.next()) {
                        int id = steps.getInt("id");
                        int level = depth.getOrDefault(steps.getInt("parent"), -1) + 1;
                        depth.put(id, level);
                        if (plan.length() > 0) {
                            plan.append('\n');
                        }
                        plan.append("  ".repeat(level)).append(steps.getString("detail"));
                    }
                    return plan.toString();
                }
            }, sql);
        } catch (SQLException | RuntimeException e) {
            return "";
        }
    }
}

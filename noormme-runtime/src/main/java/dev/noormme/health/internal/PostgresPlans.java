package dev.noormme.health.internal;

import dev.noormme.connection.ConnectionManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseStatement;
import org.postgresql.core.QueryExecutor;

/**
 * PostgreSQL's {@code EXPLAIN} of a slow statement, as text ({@code Seq Scan on users ...}), for
 * {@code SlowQuery.plan()} and the slow-query alert: the counterpart of {@link SqlitePlans}. The
 * monitor knows a statement's SQL but not its arguments, so a statement with {@code ?}
 * placeholders is explained with {@code EXPLAIN (GENERIC_PLAN)}, the plan for any arguments
 * (PostgreSQL 16 and later); an older server gives a note in place of a plan. Stateless.
 */
public final class PostgresPlans {

    /** The first server version whose EXPLAIN has the GENERIC_PLAN option. */
    static final int GENERIC_PLAN_SINCE = 16;

    private PostgresPlans() {
    }

    /** The plan of {@code sql} on a pooled connection; "" when it cannot be explained (the schema changed, say). */
    public static String explain(ConnectionManager connections, String sql) {
        try {
            return connections.read((handle, statementSql) -> {
                String numbered = numberPlaceholders(statementSql);
                boolean parameters = !numbered.equals(statementSql);
                int version = handle.connection().getMetaData().getDatabaseMajorVersion();
                if (parameters && version < GENERIC_PLAN_SINCE) {
                    return "(no plan: the statement has parameters, and explaining it without their values needs"
                            + " EXPLAIN (GENERIC_PLAN), PostgreSQL " + GENERIC_PLAN_SINCE + " or later; this server is "
                            + version + ")";
                }
                // The simple query protocol: with pgJDBC's usual extended protocol the server would
                // expect a value bound for each $n, which GENERIC_PLAN is there to do without.
                try (Statement explain = handle.connection().createStatement()) {
                    BaseStatement statement = explain.unwrap(BaseStatement.class);
                    statement.executeWithFlags((parameters ? "EXPLAIN (GENERIC_PLAN) " : "EXPLAIN ") + numbered,
                            QueryExecutor.QUERY_EXECUTE_AS_SIMPLE);
                    return text(statement.getResultSet());
                }
            }, sql);
        } catch (SQLException | RuntimeException e) {
            return "";
        }
    }

    /** EXPLAIN's lines, joined. */
    private static String text(ResultSet lines) throws SQLException {
        try (lines) {
            StringBuilder plan = new StringBuilder();
            while (lines.next()) {
                if (plan.length() > 0) {
                    plan.append('\n');
                }
                plan.append(lines.getString(1));
            }
            return plan.toString();
        }
    }

    /**
     * The slow-query alert's recommendation: NOORMME's index advice probes candidate indexes on a
     * copy of a SQLite schema and has no PostgreSQL counterpart, so rather than guess, it says so
     * and points at the plan.
     */
    public static String advice(String sql, String plan) {
        return "NOORMME's index advice is available on SQLite only. Read its plan in monitor().slowQueries()"
                + (plan.contains("Seq Scan") ? ": a Seq Scan whose Filter names a selective column usually wants an"
                        + " index on it (@Index)" : "") + "; EXPLAIN (ANALYZE, BUFFERS) with real arguments shows where"
                + " the time goes";
    }

    /**
     * {@code sql} with each JDBC {@code ?} placeholder turned into PostgreSQL's {@code $1},
     * {@code $2}... and pgJDBC's {@code ??} escape into the {@code ?} operator it stands for;
     * string literals, quoted names and comments are copied untouched.
     */
    static String numberPlaceholders(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int number = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = switch (c) {
                case '\'' -> closing(sql, i, '\'');
                case '"' -> closing(sql, i, '"');
                case '-' -> sql.startsWith("--", i) ? lineEnd(sql, i) : i + 1;
                case '/' -> sql.startsWith("/*", i) ? commentEnd(sql, i) : i + 1;
                default -> i + 1;
            };
            if (c == '?' && sql.startsWith("??", i)) {
                out.append('?');
                end = i + 2;
            } else if (c == '?') {
                out.append('$').append(++number);
            } else {
                out.append(sql, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int lineEnd(String sql, int start) {
        int newline = sql.indexOf('\n', start);
        return newline < 0 ? sql.length() : newline + 1;
    }

    private static int commentEnd(String sql, int start) {
        int close = sql.indexOf("*/", start + 2);
        return close < 0 ? sql.length() : close + 2;
    }
}

package dev.noormme.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.fixtures.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The slow-query plans of PostgreSQL: EXPLAIN on the embedded server, generic for parameters. */
class PostgresPlansTest {

    @Test
    void placeholdersAreNumberedOutsideLiteralsQuotedNamesAndComments() {
        assertEquals("SELECT * FROM \"t?\" WHERE a = $1 AND b = 'it''s ?' -- why?\n AND c = $2 /* ? */ AND d ? 'k'",
                PostgresPlans.numberPlaceholders(
                        "SELECT * FROM \"t?\" WHERE a = ? AND b = 'it''s ?' -- why?\n AND c = ? /* ? */ AND d ?? 'k'"));
        assertEquals("SELECT 1", PostgresPlans.numberPlaceholders("SELECT 1"));
    }

    @Test
    void statementWithParametersIsExplainedWithAGenericPlan() throws Exception {
        String url = PostgresServer.newDatabase();
        try (Connection c = DriverManager.getConnection(url); Statement statement = c.createStatement()) {
            statement.execute("CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL)");
        }
        ConnectionManager connections = ConnectionManager.open(url,
                DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url).build());
        try {
            String plan = PostgresPlans.explain(connections, "SELECT id FROM events WHERE kind = ? AND id > ?");

            assertTrue(plan.contains(" on events "), plan);
            assertTrue(plan.contains("(kind = $1)") && plan.contains("(id > $2)"), plan);
            assertTrue(PostgresPlans.explain(connections, "SELECT id FROM events WHERE id = 7").contains("Index"),
                    "a statement without parameters gets a plain EXPLAIN");
            assertEquals("", PostgresPlans.explain(connections, "SELECT nothing FROM nowhere WHERE x = ?"),
                    "a statement the server cannot plan has no plan, and no exception");
        } finally {
            connections.close();
        }
    }

    @Test
    void slowQueryAdviceSaysIndexAdviceIsSqliteOnlyAndPointsAtTheScan() {
        String advice = PostgresPlans.advice("SELECT id FROM events WHERE kind = ?",
                "Seq Scan on events  (cost=0.00..25.88 rows=6 width=8)\n  Filter: (kind = $1)");

        assertTrue(advice.startsWith("NOORMME's index advice is available on SQLite only."), advice);
        assertTrue(advice.contains("slowQueries(): a Seq Scan whose Filter names a selective column"), advice);
    }
}

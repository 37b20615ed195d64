package dev.noormme.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.fixtures.SchemaOnlyMapping;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** healthCheck() on the embedded PostgreSQL server: its own checks in place of SQLite's storage ones. */
class PostgresHealthTest {

    static final SchemaOnlyMapping EVENTS = new SchemaOnlyMapping("events",
            "CREATE TABLE IF NOT EXISTS \"events\" (\"id\" bigint PRIMARY KEY, \"kind\" text NOT NULL)");

    private static Map<String, HealthCheck> byName(HealthReport report) {
        return report.checks().stream().collect(Collectors.toMap(HealthCheck::name, Function.identity()));
    }

    @Test
    void reportHasConnectivityConnectionsAndDeadTuplesButNoSqliteStorageChecks() {
        String url = PostgresServer.newDatabase();
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .readerPoolSize(3).build(), List.of(EVENTS))) {
            HealthReport report = database.healthCheck();

            Map<String, HealthCheck> checks = byName(report);
            assertEquals(HealthStatus.UP, checks.get("connectivity").status(), checks.get("connectivity").detail());
            assertEquals(HealthStatus.UP, checks.get("pool").status(), checks.get("pool").detail());
            assertTrue(checks.get("pool").detail().matches("active \\d+, idle \\d+, total \\d+ of at most 4;"
                    + " 0 threads awaiting a connection"), checks.get("pool").detail());
            assertEquals(HealthStatus.UP, checks.get("connections").status());
            assertTrue(checks.get("connections").detail().matches("\\d+ of max_connections 200 in use .*"),
                    checks.get("connections").detail());
            assertEquals(HealthStatus.UP, checks.get("dead tuples").status(), checks.get("dead tuples").detail());
            for (String sqliteOnly : List.of("integrity", "WAL size", "free pages")) {
                assertFalse(checks.containsKey(sqliteOnly), sqliteOnly + " is SQLite's");
            }
            assertEquals(HealthStatus.UP, report.status(), report.toJson());
        }
    }

    @Test
    void poolWithEveryConnectionLentOutIsDegradedWithHikarisFigures() throws Exception {
        String url = PostgresServer.newDatabase();
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .readerPoolSize(1).busyTimeout(Duration.ofMillis(300)).build(), List.of(EVENTS))) {
            CountDownLatch holding = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int i = 0; i < 2; i++) {
                    threads.submit(() -> database.inTransaction(() -> {
                        holding.countDown();
                        return release.await(10, TimeUnit.SECONDS);
                    }));
                }
                assertTrue(holding.await(10, TimeUnit.SECONDS));

                HealthReport report = database.healthCheck();

                HealthCheck pool = byName(report).get("pool");
                assertEquals(HealthStatus.DEGRADED, pool.status(), pool.detail());
                assertTrue(pool.detail().startsWith("active 2, idle 0, total 2 of at most 2;"), pool.detail());
                assertTrue(report.recommendations().stream().anyMatch(r -> r.startsWith("Every connection of the pool"
                        + " was in use: raise readerPoolSize")), report.recommendations().toString());
            } finally {
                release.countDown();
                threads.shutdown();
                assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void deadTuplesPastTheLimitDegradeTheReportAndVacuumClearsThem() throws Exception {
        String url = PostgresServer.newDatabase();
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .build(), List.of(EVENTS))) {
            try (Connection c = DriverManager.getConnection(url); Statement statement = c.createStatement()) {
                // Autovacuum off for the table, so the dead tuples stay until the optimizer's vacuum.
                statement.execute("ALTER TABLE events SET (autovacuum_enabled = false)");
                statement.execute("INSERT INTO events SELECT n, 'new' FROM generate_series(1, 3000) n");
                statement.execute("UPDATE events SET kind = 'seen'");
                statement.execute("UPDATE events SET kind = 'done'");
                // This session's counts reach pg_stat_user_tables now rather than within a second.
                statement.execute("SELECT pg_stat_force_next_flush()");
            }

            HealthReport report = database.healthCheck();

            HealthCheck dead = byName(report).get("dead tuples");
            assertEquals(HealthStatus.DEGRADED, dead.status(), dead.detail());
            assertTrue(dead.detail().contains("events 6000 dead of 9000 (66.7%)"), dead.detail());
            assertEquals(HealthStatus.DEGRADED, report.status());
            assertTrue(report.recommendations().stream().anyMatch(r -> r.startsWith("VACUUM (ANALYZE) \"events\"")),
                    report.recommendations().toString());

            database.optimizer().vacuum();

            HealthCheck after = byName(database.healthCheck()).get("dead tuples");
            assertEquals(HealthStatus.UP, after.status(), after.detail());
            assertTrue(after.detail().startsWith("0 dead tuples in 1 table"), after.detail());
        }
    }
}

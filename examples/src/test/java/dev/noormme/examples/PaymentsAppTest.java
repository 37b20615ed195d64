package dev.noormme.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.Environment;
import dev.noormme.migration.MigrationReport;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.migration.MigrationTesting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class PaymentsAppTest {

    @TempDir
    Path folder;

    /**
     * The same run on each dialect: every result line is the same on both, and where the output
     * legitimately differs (SQL quoting, the plan, the migration report, the optimizer's steps,
     * SQLite-only index advice), each dialect's form is asserted.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void exampleRunsEndToEndAndLeavesTheDatabaseItReports(Dialect dialect) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        String url;
        String where;
        if (dialect == Dialect.SQLITE) {
            Path file = folder.resolve("payments.db");
            url = "jdbc:sqlite:" + file;
            where = "Database: " + file.toAbsolutePath();
            PaymentsApp.run(file, out);
        } else {
            url = PostgresServer.newDatabase();
            where = "Database: " + url.substring(0, url.indexOf('?'));
            PaymentsApp.run(config(url), out);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(where, lines.get(0), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("Migrated from an empty schema to 3 in \\d+ ms "
                + (dialect == Dialect.SQLITE ? "\\(no backup kept\\)"
                        : "\\(no backup: each migration ran in a transaction that a failure rolls back whole\\)"))),
                lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  V1 SQL  create users and payments \\(\\d+ ms\\)")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  V2 JDBC Index payments by status \\(\\d+ ms\\)")),
                lines::toString);
        assertTrue(lines.contains("Registered 45 users with 49 payments"), lines::toString);
        assertTrue(lines.contains("Rolled back: UNIQUE constraint violated on users.email: another row already has this"
                + " value (insert into users)"), lines::toString);
        assertTrue(lines.contains("After the rollback: 45 users, 49 payments"), lines::toString);
        assertTrue(lines.contains("Page 1 of 3: 20 users, user01@example.com .. user20@example.com"), lines::toString);
        assertTrue(lines.contains("Page 2 of 3: 20 users, user21@example.com .. user40@example.com"), lines::toString);
        assertTrue(lines.contains("Page 3 of 3: 5 users, user41@example.com .. user45@example.com"), lines::toString);
        assertTrue(lines.contains("Refunded payment 1 of 11.01: REFUNDED"), lines::toString);
        assertTrue(lines.contains("Users named like 'User 1%': 11"), lines::toString);
        assertTrue(lines.contains("Settled payments: 48, refunded: 1"), lines::toString);
        assertTrue(lines.contains("Payments of user10@example.com, newest first: [100.00, 20.10]"), lines::toString);
        assertTrue(lines.contains("Largest payments: [100.00, 100.00, 100.00, 100.00, 55.45]"), lines::toString);
        assertTrue(lines.contains("Payments over 50.00: 10"), lines::toString);
        assertTrue(lines.contains("Top spender user40@example.com: 2 payments, 150.40"), lines::toString);
        assertTrue(lines.contains("Top spender user30@example.com: 2 payments, 140.30"), lines::toString);
        assertTrue(lines.contains("Top spender user20@example.com: 2 payments, 130.20"), lines::toString);
        assertTrue(lines.contains("Cached findByEmail: 4 hits, 2 misses (hit rate 0.67); the rename evicted it"),
                lines::toString);
        assertTrue(lines.contains("Imported 20000 historical payments; 9459 of all payments are over 500.00"),
                lines::toString);
        int slowest = lines.indexOf("Slowest queries by p95:");
        assertTrue(slowest >= 0, lines::toString);
        assertTrue(lines.subList(slowest + 1, slowest + 4).stream().allMatch(line -> line.matches(
                " {2}[A-Za-z]+Repository\\.[A-Za-z0-9]+ +\\d+ runs {2}p95 \\d+\\.\\d ms")), lines::toString);
        if (dialect == Dialect.SQLITE) {
            // SQLite compares the decimal text of 20,049 rows one by one: always among the slowest. PostgreSQL's
            // NUMERIC scan takes a few ms, as long as the first calls of other queries, so its rank varies there.
            assertTrue(lines.subList(slowest + 1, slowest + 4).stream().anyMatch(line -> line.matches(
                    " {2}PaymentsRepository\\.countByAmountGreaterThan +2 runs {2}p95 \\d+\\.\\d ms")), lines::toString);
        }
        assertTrue(lines.stream().anyMatch(line -> line.matches("Slow query PaymentsRepository\\.countByAmountGreaterThan:"
                + " \\d+\\.\\d ms, over its threshold of 1\\.0 ms")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  V3 SQL  create audit events \\(\\d+ ms\\)")),
                lines::toString);
        assertTrue(lines.contains("Audit events: 7, kept for 90 days"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  cleanup +DONE +[\\d.]+ ms  audit_events: 4 rows older"
                + " than 90d \\(created_at before .*\\)")), lines::toString);
        String recommendation = "Recommendation: PaymentsRepository.countByAmountGreaterThan: CREATE INDEX"
                + " payments_amount_idx ON payments(amount) turns its full scan of payments into a search on amount;"
                + " add @Index(columns = \"amount\") to the entity of table payments so the schema keeps it";
        int plan = lines.indexOf(lines.stream().filter(line -> line.startsWith("  Plan: ")).findFirst().orElseThrow());
        if (dialect == Dialect.SQLITE) {
            assertTrue(lines.contains("  SQL:  SELECT COUNT(*) FROM `payments` WHERE `amount` > ?"), lines::toString);
            assertEquals("  Plan: SCAN payments", lines.get(plan), lines::toString);
            assertEquals(recommendation, lines.get(plan + 1), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("Optimizer run \\(run\\(\\)\\) took [\\d.]+ ms: 4 rows"
                    + " deleted, \\d+ pages freed, WAL [\\d,]+ -> [\\d,]+ bytes")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("  vacuum +(DONE|SKIPPED) .*")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("  analyze +DONE .*")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("  checkpoint +DONE .*")), lines::toString);
        } else {
            assertEquals("Started clean: dropped audit_events, payments, users (this example's tables) and"
                    + " flyway_schema_history (Flyway's history) where they existed; nothing else was touched",
                    lines.get(1), lines::toString);
            assertTrue(lines.contains("  SQL:  SELECT COUNT(*) FROM \"payments\" WHERE \"amount\" > ?"), lines::toString);
            // EXPLAIN's own text: the estimates depend on the statistics, the shape does not.
            assertTrue(lines.get(plan).matches("  Plan: Aggregate  \\(cost=[\\d.]+ rows=1 width=8\\)"), lines::toString);
            assertTrue(lines.get(plan + 1).matches("          ->  Seq Scan on payments  \\(cost=[\\d.]+ rows=\\d+ width=0\\)"),
                    lines::toString);
            assertEquals("                Filter: (amount > $1)", lines.get(plan + 2), lines::toString);
            // NOORMME's index advice is SQLite's only: PostgreSQL gets none.
            assertTrue(lines.stream().noneMatch(line -> line.startsWith("Recommendation:")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("Optimizer run \\(run\\(\\)\\) took [\\d.]+ ms: 4 rows"
                    + " deleted, 0 pages freed, WAL 0 -> 0 bytes")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("  vacuum +DONE +[\\d.]+ ms  VACUUM \\(ANALYZE\\) of 3"
                    + " tables \\(audit_events, payments, users\\): \\d+ pages returned to the file system")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("  analyze +DONE +[\\d.]+ ms  ANALYZE of 3 tables"
                    + " \\(audit_events, payments, users\\)")), lines::toString);
            assertTrue(lines.stream().anyMatch(line -> line.matches("  checkpoint +SKIPPED +[\\d.]+ ms  not applicable on"
                    + " PostgreSQL: the server checkpoints its WAL itself \\(checkpoint_timeout, max_wal_size\\)")),
                    lines::toString);
        }
        assertTrue(lines.contains("Audit events after the optimizer run: 3"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Health: {") && line.contains("\"UP\"")),
                lines::toString);

        try (ServiceFactory services = ServiceFactory.create(config(url))) {
            assertEquals(dialect, services.database().dialect());
            assertEquals(45, services.usersRepository().count());
            assertEquals(49 + PaymentsApp.HISTORY, services.paymentsRepository().count());
            assertEquals(PaymentStatus.REFUNDED, services.paymentsRepository().findById(1L).orElseThrow().status());
            assertEquals(services.usersRepository(), services.repository(UsersRepository.class));
            assertEquals(List.of(), services.database().migrations().pending());
            assertEquals(List.of(), services.database().migrations().validate());
        }
    }

    /** On SQLite through {@link MigrationTesting}, which runs on a private SQLite file; on PostgreSQL alike, by hand. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void migrationsBuildExactlyTheSchemaTheEntitiesDeclare(Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            MigrationReport report = MigrationTesting.verify(config -> ServiceFactory.create(config).database());
            assertEquals(List.of("1", "2", "3"), report.versions());
            return;
        }
        DatabaseConfig fresh = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(PostgresServer.newDatabase())
                .createSchema(false).migrateOnOpen(false).build();
        try (ServiceFactory services = ServiceFactory.create(fresh)) {
            assertEquals(List.of("1", "2", "3"), services.database().migrations().migrate().versions());
            assertEquals(List.of(), services.database().migrations().validate());
        }
    }

    /** What the run starts with on a database given by url: only the example's tables and Flyway's go. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void startingCleanDropsTheExampleTablesAndNothingElse(Dialect dialect) throws Exception {
        String url = dialect == Dialect.SQLITE ? "jdbc:sqlite:" + folder.resolve("shared.db") : PostgresServer.newDatabase();
        try (ServiceFactory services = ServiceFactory.create(config(url))) {
            services.usersRepository().insert(User.newUser("kept@example.com", "Kept", null));
        }
        execute(url, "CREATE TABLE someone_elses (id INTEGER PRIMARY KEY, note TEXT)");
        assertEquals(List.of("audit_events", "flyway_schema_history", "payments", "someone_elses", "users"), tables(url));

        PaymentsApp.dropExampleTables(config(url));

        assertEquals(List.of("someone_elses"), tables(url));
    }

    /** A table of someone else's that depends on the example's stops the drop, and nothing is lost. */
    @Test
    void onPostgresqlATableThatDependsOnTheExampleStopsTheDropWholly() throws Exception {
        String url = PostgresServer.newDatabase();
        try (ServiceFactory services = ServiceFactory.create(config(url))) {
            services.usersRepository().insert(User.newUser("kept@example.com", "Kept", null));
        }
        execute(url, "CREATE TABLE someone_elses (id INTEGER PRIMARY KEY, user_id BIGINT REFERENCES users (id))");

        assertThrows(SQLException.class, () -> PaymentsApp.dropExampleTables(config(url)));

        assertEquals(List.of("audit_events", "flyway_schema_history", "payments", "someone_elses", "users"), tables(url));
        try (ServiceFactory services = ServiceFactory.create(config(url))) {
            assertEquals(1, services.usersRepository().count());
        }
    }

    private static DatabaseConfig config(String url) {
        return DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder().url(url).build();
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The names of the tables of the database's default schema, sorted. */
    private static List<String> tables(String url) throws SQLException {
        String sql = url.startsWith("jdbc:sqlite:")
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        Collections.sort(names);
        return names;
    }
}

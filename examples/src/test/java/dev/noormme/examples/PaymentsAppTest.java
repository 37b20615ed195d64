package dev.noormme.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.migration.MigrationReport;
import dev.noormme.migration.MigrationTesting;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentsAppTest {

    @TempDir
    Path folder;

    @Test
    void exampleRunsEndToEndAndLeavesTheDatabaseItReports() throws Exception {
        Path file = folder.resolve("payments.db");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        PaymentsApp.run(file, new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().anyMatch(line -> line.matches(
                "Migrated from an empty schema to 3 in \\d+ ms \\(no backup kept\\)")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  V1 SQL  create users and payments \\(\\d+ ms\\)")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  V2 JDBC Index payments by status \\(\\d+ ms\\)")),
                lines::toString);
        assertTrue(lines.contains("Registered 45 users with 49 payments"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Rolled back: ") && line.contains("users.email")),
                lines::toString);
        assertTrue(lines.contains("After the rollback: 45 users, 49 payments"), lines::toString);
        assertTrue(lines.contains("Page 1 of 3: 20 users, user01@example.com .. user20@example.com"), lines::toString);
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
        assertTrue(lines.subList(slowest + 1, slowest + 4).stream().anyMatch(line -> line.matches(
                " {2}PaymentsRepository\\.countByAmountGreaterThan +2 runs {2}p95 \\d+\\.\\d ms")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("Slow query PaymentsRepository\\.countByAmountGreaterThan:"
                + " \\d+\\.\\d ms, over its threshold of 1\\.0 ms")), lines::toString);
        assertTrue(lines.contains("  SQL:  SELECT COUNT(*) FROM `payments` WHERE `amount` > ?"), lines::toString);
        assertTrue(lines.contains("  Plan: SCAN payments"), lines::toString);
        assertTrue(lines.contains("Recommendation: PaymentsRepository.countByAmountGreaterThan: CREATE INDEX"
                + " payments_amount_idx ON payments(amount) turns its full scan of payments into a search on amount;"
                + " add @Index(columns = \"amount\") to the entity of table payments so the schema keeps it"),
                lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  V3 SQL  create audit events \\(\\d+ ms\\)")),
                lines::toString);
        assertTrue(lines.contains("Audit events: 7, kept for 90 days"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("Optimizer run \\(run\\(\\)\\) took [\\d.]+ ms: 4 rows"
                + " deleted, \\d+ pages freed, WAL [\\d,]+ -> [\\d,]+ bytes")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  cleanup +DONE +[\\d.]+ ms  audit_events: 4 rows older"
                + " than 90d \\(created_at before .*\\)")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  vacuum +(DONE|SKIPPED) .*")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  analyze +DONE .*")), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.matches("  checkpoint +DONE .*")), lines::toString);
        assertTrue(lines.contains("Audit events after the optimizer run: 3"), lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Health: {") && line.contains("\"UP\"")),
                lines::toString);

        DatabaseConfig reopen = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + file)
                .build();
        try (ServiceFactory services = ServiceFactory.create(reopen)) {
            assertEquals(45, services.usersRepository().count());
            assertEquals(49 + PaymentsApp.HISTORY, services.paymentsRepository().count());
            assertEquals(PaymentStatus.REFUNDED, services.paymentsRepository().findById(1L).orElseThrow().status());
            assertEquals(services.usersRepository(), services.repository(UsersRepository.class));
            assertEquals(List.of(), services.database().migrations().pending());
            assertEquals(List.of(), services.database().migrations().validate());
        }
    }

    @Test
    void migrationsBuildExactlyTheSchemaTheEntitiesDeclare() {
        MigrationReport report = MigrationTesting.verify(config -> ServiceFactory.create(config).database());

        assertEquals(List.of("1", "2", "3"), report.versions());
    }
}

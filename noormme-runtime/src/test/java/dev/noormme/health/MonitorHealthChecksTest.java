package dev.noormme.health;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.internal.Columns;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorHealthChecksTest {

    @TempDir
    Path folder;

    @Test
    void aQuietDatabaseIsUpInEveryMonitorCheck() {
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            HealthReport report = work.database.healthCheck();
            assertEquals(HealthStatus.UP, report.status(), report.toJson());
            assertEquals("readers: no waits; writer: no waits; 0 connections in use; threshold 2.5 s",
                    report.check("pool waits").detail());
            assertTrue(report.check("free pages").detail().startsWith("0 of "), report.check("free pages").detail());
            assertTrue(report.check("WAL size").detail().startsWith("WAL "), report.check("WAL size").detail());
            assertEquals("0 of 1 runs failed in the last 5 minutes", report.check("error rate").detail());
            assertEquals(List.of(), report.recommendations());
        }
    }

    @Test
    void manyFreePagesDegradeTheReportAndRecommendVacuumWithItsCost() {
        try (Workload work = Workload.open(folder)) {
            work.accounts.update("AccountsRepository.fill", DialectSql.portable("INSERT INTO accounts (email, name) SELECT 'e' || x,"
                    + " randomblob(4000) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                    + " WHERE x < 600) SELECT x FROM c)"), statement -> 1, "accounts");
            work.accounts.update("AccountsRepository.empty", DialectSql.portable("DELETE FROM accounts"), statement -> 1, "accounts");

            HealthReport report = work.database.healthCheck();
            assertEquals(HealthStatus.DEGRADED, report.check("free pages").status(), report.check("free pages").detail());
            assertEquals(HealthStatus.DEGRADED, report.status());
            String vacuum = only(report.recommendations(), "Run VACUUM");
            assertTrue(vacuum.contains("rewrites the whole file") && vacuum.contains("twice its size"), vacuum);
            Alert alert = work.awaitAlert(AlertKind.FREE_PAGES, folder.resolve("test.db").toString());
            assertEquals(Severity.INFO, alert.severity());
            assertEquals(vacuum, alert.recommendation());
        }
    }

    @Test
    void aCachedQueryThatRarelyHitsIsNamedInANote() {
        try (Workload work = Workload.open(folder)) {
            String name = "AccountsRepository.findByName";
            CachedQuery<List<Account>> cache = work.accounts.cached(name, Duration.ofMinutes(5), "accounts");
            for (int i = 0; i < 120; i++) {
                String argument = "name " + i;
                cache.get(argument, () -> work.accounts.list(name, DialectSql.portable("SELECT \"id\", \"email\", \"name\" FROM"
                        + " \"accounts\" WHERE \"name\" = ?"), statement -> {
                            Columns.setString(statement, 1, argument);
                            return 2;
                        }, AccountMapping.INSTANCE::read));
            }
            cache.get("name 0", List::of); // one hit among 121 reads

            HealthReport report = work.database.healthCheck();
            HealthCheck check = report.check("cache hit rate");
            assertEquals(HealthStatus.DEGRADED, check.status(), check.detail());
            assertTrue(check.detail().endsWith("; low: " + name + " 0.8% of 121 reads"), check.detail());
            String note = only(report.recommendations(), name + " is cached");
            assertTrue(note.contains("answered only 1 of its 121 reads (0.8%)"), note);
            assertEquals(note, work.awaitAlert(AlertKind.CACHE_HIT_RATE, name).recommendation());
        }
    }

    @Test
    void aRisingErrorRateNamesTheQuery() {
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            for (int i = 0; i < 6; i++) {
                assertThrows(NoormmeException.class, () -> work.accounts.insert(new Account("ada@example.com", "Again")));
            }

            HealthReport report = work.database.healthCheck();
            HealthCheck check = report.check("error rate");
            assertEquals(HealthStatus.DEGRADED, check.status());
            assertEquals("6 of 7 runs failed in the last 5 minutes; failing: AccountsRepository.insert", check.detail());
            String advice = only(report.recommendations(), "AccountsRepository.insert failed 6 of its 7 runs");
            Alert alert = work.awaitAlert(AlertKind.ERROR_RATE, "AccountsRepository.insert");
            assertEquals(Severity.WARNING, alert.severity());
            assertEquals("AccountsRepository.insert failed 6 of its 7 runs (85.7%) in the last 5 minutes", alert.message());
            assertTrue(advice.endsWith(alert.recommendation()), advice);
        }
    }

    @Test
    void slowRunsDegradeTheSlowQueryRate() {
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            for (int i = 0; i < 3; i++) {
                work.slowByName("Ada");
            }
            Workload.await(() -> work.database.monitor().slowQueries().stream()
                    .filter(q -> q.name().equals(Workload.SLOW_BY_NAME)).count() == 3, "three slow queries");

            HealthCheck check = work.database.healthCheck().check("slow-query rate");
            assertEquals(HealthStatus.DEGRADED, check.status(), check.detail());
            // The insert may have been slow too (its first run): 3 or 4 of the 4 runs.
            assertTrue(check.detail().matches("[34] of 4 runs in the last 5 minutes passed their threshold \\(\\d+\\.\\d%\\): .*")
                    && check.detail().contains(Workload.SLOW_BY_NAME), check.detail());
        }
    }

    @Test
    void aDamagedFileIsDownWithACriticalAlert() throws Exception {
        Path file = folder.resolve("damaged.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            statement.execute("CREATE INDEX notes_body ON notes(body)");
            statement.execute("INSERT INTO notes (body) SELECT printf('note %06d', x) FROM (WITH RECURSIVE c(x) AS"
                    + " (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000) SELECT x FROM c)");
        }
        long pages = Files.size(file) / 4096;
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek((pages - 2) * 4096 + 100); // inside the index's last leaf pages
            raw.write("garbage, not a b-tree page at all".repeat(20).getBytes(StandardCharsets.US_ASCII));
        }
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url("jdbc:sqlite:" + file).build();
        try (Database database = Database.open(config)) {
            List<Alert> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();
            database.monitor().onAlert(alerts::add);
            HealthReport report = database.healthCheck();
            assertEquals(HealthStatus.DOWN, report.check("integrity").status(), report.check("integrity").detail());
            assertEquals(HealthStatus.DOWN, report.status());
            assertFalse(report.healthy());
            assertTrue(report.recommendations().stream().anyMatch(r -> r.startsWith("The database file is damaged")));
            Workload.await(() -> alerts.stream().anyMatch(a -> a.kind() == AlertKind.INTEGRITY), "an integrity alert");
            Alert alert = alerts.stream().filter(a -> a.kind() == AlertKind.INTEGRITY).findFirst().orElseThrow();
            assertEquals(Severity.CRITICAL, alert.severity());
            assertEquals(file.toString(), alert.subject());
        }
    }

    @Test
    void aFileReplacedByOneThatIsNotADatabaseIsDown() throws Exception {
        Path file = folder.resolve("test.db");
        try (Workload work = Workload.open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            Files.writeString(file, "this is not a database, just some text that is long enough ".repeat(200),
                    StandardCharsets.UTF_8);
            Files.deleteIfExists(Path.of(file + "-wal"));

            HealthReport report = work.database.healthCheck();
            assertEquals(HealthStatus.DOWN, report.status(), report.toJson());
            assertFalse(report.healthy());
            assertEquals(file + " is not a SQLite database: its first bytes are not SQLite's header",
                    report.check("integrity").detail());
            assertEquals(Severity.CRITICAL, work.awaitAlert(AlertKind.INTEGRITY, file.toString()).severity());
        }
    }

    @Test
    void aClosedDatabaseIsDownWithoutThrowing() {
        Workload work = Workload.open(folder);
        work.close();
        HealthReport report = work.database.healthCheck();
        assertEquals(HealthStatus.DOWN, report.status());
        assertEquals(HealthStatus.DOWN, report.check("connectivity").status());
        assertEquals(HealthStatus.DOWN, report.check("integrity").status());
    }

    private static String only(List<String> recommendations, String start) {
        List<String> found = recommendations.stream().filter(r -> r.startsWith(start)).toList();
        assertEquals(1, found.size(), recommendations.toString());
        return found.get(0);
    }
}

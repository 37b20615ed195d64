package dev.noormme.health;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.ConstraintViolationException;
import dev.noormme.Database;
import dev.noormme.QueryOptions;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.Columns;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitor on a real SQLite file: names, counts, errors, cache hits, windows, slow queries and alerts. */
class MonitorTest {

    /** Counts to 200,000 in SQLite: tens of milliseconds, slow under a 1 ms threshold. */
    private static final String SLOW_SQL = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 200000) SELECT count(*) FROM c WHERE ? IS NOT NULL";

    @TempDir
    Path folder;

    private Database open(DatabaseConfig.Builder settings) {
        return Database.open(settings.build(), List.of(AccountMapping.INSTANCE));
    }

    private Database open() {
        return open(TestDatabases.config(folder).toBuilder());
    }

    private static RepositorySupport<Account, Long> accounts(Database database) {
        return new RepositorySupport<>(database, AccountMapping.INSTANCE, "AccountsRepository");
    }

    private static long slowCount(RepositorySupport<Account, Long> accounts, String name, String secret) {
        return accounts.queryLong(name, DialectSql.portable(SLOW_SQL), statement -> {
            Columns.setString(statement, 1, secret);
            return 2;
        });
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void crudAndQueryMethodsAreCountedUnderTheirNames() {
        try (Database database = open()) {
            RepositorySupport<Account, Long> accounts = accounts(database);
            long id = accounts.insert(new Account("ada@example.com", "Ada")).getId();
            for (int i = 0; i < 5; i++) {
                accounts.findById(id);
            }
            accounts.findAll();
            accounts.count();
            accounts.queryLong("AccountsRepository.countByName", DialectSql.portable("SELECT COUNT(*) FROM accounts WHERE name = ?"),
                    statement -> {
                        Columns.setString(statement, 1, "Ada");
                        return 2;
                    });

            Monitor monitor = database.monitor();
            QueryStats findById = monitor.stats("AccountsRepository.findById");
            assertEquals(5, findById.count());
            assertEquals(0, findById.errors());
            assertTrue(findById.mean().toNanos() > 0, findById.toString());
            assertTrue(findById.p50().compareTo(findById.p95()) <= 0 && findById.p95().compareTo(findById.p99()) <= 0
                    && findById.p99().compareTo(findById.max()) <= 0, findById.toString());
            assertEquals(1, monitor.stats("AccountsRepository.insert").count());
            assertEquals(1, monitor.stats("AccountsRepository.countByName").count());
            assertEquals(List.of("AccountsRepository.count", "AccountsRepository.countByName",
                    "AccountsRepository.findAll", "AccountsRepository.findById", "AccountsRepository.insert"),
                    monitor.names());
            assertEquals(monitor.names(), monitor.all().stream().map(QueryStats::name).toList());
        }
    }

    @Test
    void anUnknownNameHasEmptyFiguresAndANullNameIsRefused() {
        try (Database database = open()) {
            assertEquals(QueryStats.empty("Nobody.ran"), database.monitor().stats("Nobody.ran"));
            NullPointerException refused = assertThrows(NullPointerException.class, () -> database.monitor().stats(null));
            assertEquals("name", refused.getMessage());
        }
    }

    @Test
    void aFailedRunIsCountedAsARunAndAnError() {
        try (Database database = open()) {
            RepositorySupport<Account, Long> accounts = accounts(database);
            accounts.insert(new Account("ada@example.com", "Ada"));
            assertThrows(ConstraintViolationException.class, () -> accounts.insert(new Account("ada@example.com", "Ada")));
            QueryStats insert = database.monitor().stats("AccountsRepository.insert");
            assertEquals(2, insert.count());
            assertEquals(1, insert.errors());
            assertEquals(0.5, insert.errorRate());
        }
    }

    @Test
    void executeQueryIsTimedByItsNameAndACacheHitIsNotARun() {
        try (Database database = open()) {
            QueryOptions cached = QueryOptions.cached(Duration.ofMinutes(1));
            for (int i = 0; i < 3; i++) {
                assertEquals(42, database.executeQuery(() -> 42, "answer", cached));
            }
            database.executeQuery(() -> 7, "uncached", QueryOptions.defaults());
            QueryStats answer = database.monitor().stats("answer");
            assertEquals(1, answer.count());
            assertEquals(2, answer.cacheHits());
            assertEquals(1, database.monitor().stats("uncached").count());
        }
    }

    @Test
    void aSlowQueryIsListedWithItsPlanButNeverItsValuesAndAlertsOffTheQueryThread() throws Exception {
        try (Database database = open(TestDatabases.config(folder).toBuilder().slowQueryThreshold(Duration.ofMillis(1)))) {
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            List<Thread> alertThreads = new CopyOnWriteArrayList<>();
            database.monitor().onAlert(alert -> {
                alertThreads.add(Thread.currentThread());
                alerts.add(alert);
            });
            assertEquals(200_000, slowCount(accounts(database), "AccountsRepository.countSlowly", "ada@secret.example"));

            await(() -> !database.monitor().slowQueries().isEmpty() && !alerts.isEmpty(), "the slow query");
            SlowQuery slow = database.monitor().slowQueries().get(0);
            assertEquals("AccountsRepository.countSlowly", slow.name());
            assertEquals(SLOW_SQL, slow.sql());
            assertTrue(slow.duration().compareTo(Duration.ofMillis(1)) > 0, slow.toString());
            assertEquals(Duration.ofMillis(1), slow.threshold());
            assertTrue(slow.plan().contains("SCAN"), slow.plan());
            assertFalse(slow.toString().contains("secret"), "bound values are never kept");

            Alert alert = alerts.get(0);
            assertEquals(Severity.WARNING, alert.severity());
            assertEquals(AlertKind.SLOW_QUERY, alert.kind());
            assertEquals("AccountsRepository.countSlowly", alert.subject());
            assertFalse(alert.message().contains("secret"), alert.message());
            assertNotEquals(Thread.currentThread(), alertThreads.get(0));
        }
    }

    @Test
    void theSameAlertIsRaisedOncePerIntervalWithItsRepeatsCounted() throws Exception {
        DatabaseConfig.Builder settings = TestDatabases.config(folder).toBuilder()
                .slowQueryThreshold(Duration.ofMillis(1)).alertInterval(Duration.ofSeconds(1));
        try (Database database = open(settings)) {
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            database.monitor().onAlert(alerts::add);
            RepositorySupport<Account, Long> accounts = accounts(database);
            for (int i = 0; i < 3; i++) {
                slowCount(accounts, "AccountsRepository.countSlowly", "x");
            }
            await(() -> database.monitor().slowQueries().size() == 3, "three slow runs");
            assertEquals(1, alerts.size(), alerts.toString());
            Thread.sleep(1_100);
            slowCount(accounts, "AccountsRepository.countSlowly", "x");
            await(() -> alerts.size() == 2, "the next alert after the interval");
            assertEquals(2, alerts.get(1).repeats(), "the two runs raised meanwhile are counted");
        }
    }

    @Test
    void aListenerThatThrowsBreaksNoQueryAndNoOtherListener() throws Exception {
        try (Database database = open(TestDatabases.config(folder).toBuilder().slowQueryThreshold(Duration.ofMillis(1)))) {
            List<Alert> received = new CopyOnWriteArrayList<>();
            database.monitor().onAlert(alert -> {
                throw new IllegalStateException("listener bug");
            });
            database.monitor().onAlert(received::add);
            assertEquals(200_000, slowCount(accounts(database), "AccountsRepository.countSlowly", "x"));
            await(() -> !received.isEmpty(), "the second listener's alert");
        }
    }

    @Test
    void aMethodsThresholdWinsOverItsRepositorysAndTheRepositorysOverTheDefault() throws Exception {
        try (Database database = open(TestDatabases.config(folder).toBuilder().slowQueryThreshold(Duration.ofMillis(1)))) {
            RepositorySupport<Account, Long> accounts = accounts(database);
            accounts.slowQueryThreshold(Duration.ofHours(1));
            accounts.slowQueryThreshold("AccountsRepository.countNow", Duration.ofMillis(1));
            slowCount(accounts, "AccountsRepository.countPatiently", "x");
            slowCount(accounts, "AccountsRepository.countNow", "x");
            // The monitor's one thread handles slow runs in order: had the first been slow, it would be listed first.
            await(() -> !database.monitor().slowQueries().isEmpty(), "the slow query");
            assertEquals(List.of("AccountsRepository.countNow"),
                    database.monitor().slowQueries().stream().map(SlowQuery::name).toList());
        }
    }

    @Test
    void aWindowCountsTheLastMinutesAndResetForgetsEverything() {
        try (Database database = open()) {
            RepositorySupport<Account, Long> accounts = accounts(database);
            accounts.count();
            accounts.count();
            assertEquals(2, database.monitor().stats("AccountsRepository.count", Duration.ofMinutes(5)).count());
            assertThrows(IllegalArgumentException.class,
                    () -> database.monitor().stats("AccountsRepository.count", Duration.ZERO));
            database.monitor().reset();
            assertEquals(0, database.monitor().stats("AccountsRepository.count").count());
            assertEquals(0, database.monitor().stats("AccountsRepository.count", Duration.ofMinutes(5)).count());
            accounts.count();
            assertEquals(1, database.monitor().stats("AccountsRepository.count").count());
        }
    }

    @Test
    void withMonitoringOffNothingIsRecorded() {
        try (Database database = open(TestDatabases.config(folder).toBuilder().monitoring(false))) {
            accounts(database).count();
            assertEquals(0, database.monitor().stats("AccountsRepository.count").count());
            assertEquals(List.of(), database.monitor().names());
        }
    }
}

package dev.noormme.health;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader and writer waits, with a busy timeout of 200 ms: the wait threshold is half of it. A
 * wait is made by holding the only reader (an open stream) or the writer (a transaction) until
 * the other thread is seen blocked, and then for longer than the threshold.
 */
class PoolMonitoringTest {

    private static final Duration HELD = Duration.ofMillis(250);

    @TempDir
    Path folder;

    @Test
    void callsThatFindAConnectionFreeCountNoWait() {
        try (Workload work = Workload.open(folder)) {
            for (int i = 0; i < 50; i++) {
                work.accounts.insert(new Account("user" + i + "@example.com", "User"));
                work.accounts.findById((long) i + 1);
            }
            HealthCheck check = work.database.healthCheck().check("pool waits");
            assertEquals(HealthStatus.UP, check.status());
            assertTrue(check.detail().startsWith("readers: no waits; writer: no waits;"), check.detail());
        }
    }

    @Test
    void aLongWaitForTheOnlyReaderIsCountedAndRaisesAPoolExhaustionWarning() throws Exception {
        try (Workload work = Workload.open(folder, b -> b.readerPoolSize(1).busyTimeout(Duration.ofMillis(200))
                .slowQueryThreshold(Duration.ofSeconds(10)))) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            AtomicReference<Thread> reader = new AtomicReference<>();
            CompletableFuture<Boolean> waited;
            try (Stream<Account> held = work.accounts.stream("AccountsRepository.streamAll",
                    DialectSql.portable("SELECT \"id\", \"email\", \"name\" FROM \"accounts\""), statement -> 1, AccountMapping.INSTANCE::read)) {
                assertTrue(held.iterator().hasNext());
                waited = CompletableFuture.supplyAsync(() -> {
                    reader.set(Thread.currentThread());
                    return work.accounts.existsById(1L);
                });
                awaitBlocked(reader);
                Thread.sleep(HELD.toMillis());
            }
            assertTrue(waited.get());

            HealthReport report = work.database.healthCheck();
            HealthCheck check = report.check("pool waits");
            assertEquals(HealthStatus.DEGRADED, check.status(), check.detail());
            assertTrue(check.detail().startsWith("readers: 1 wait, longest "), check.detail());
            assertTrue(check.detail().contains(", 1 past the threshold; writer: no waits;"), check.detail());
            assertTrue(report.recommendations().contains("Raise readerPoolSize (now 1), or shorten long reads and close"
                    + " streams sooner: every reader was in use"), report.recommendations().toString());
            Alert alert = work.awaitAlert(AlertKind.POOL_EXHAUSTION, "reader pool");
            assertEquals(Severity.WARNING, alert.severity());
            assertTrue(alert.message().startsWith("A caller waited ") && alert.message().contains(
                    " for a reader connection, past the threshold of 100.0 ms (1 such waits"), alert.message());
        }
    }

    @Test
    void aLongWaitForTheWriterIsCountedAndRecommendsShorterTransactions() throws Exception {
        try (Workload work = Workload.open(folder, b -> b.busyTimeout(Duration.ofMillis(200))
                .slowQueryThreshold(Duration.ofSeconds(10)))) {
            AtomicReference<Thread> writer = new AtomicReference<>();
            CompletableFuture<Account> inserted = work.database.inTransaction(() -> {
                CompletableFuture<Account> insert = CompletableFuture.supplyAsync(() -> {
                    writer.set(Thread.currentThread());
                    return work.accounts.insert(new Account("bo@example.com", "Bo"));
                });
                awaitBlocked(writer);
                Thread.sleep(HELD.toMillis());
                return insert;
            });
            assertEquals("bo@example.com", inserted.get().getEmail());

            HealthReport report = work.database.healthCheck();
            HealthCheck check = report.check("pool waits");
            assertEquals(HealthStatus.DEGRADED, check.status(), check.detail());
            assertTrue(check.detail().contains("; writer: 1 wait, longest "), check.detail());
            Alert alert = work.awaitAlert(AlertKind.POOL_EXHAUSTION, "writer");
            assertTrue(alert.message().contains(" for the writer, past the threshold of 100.0 ms"), alert.message());
            assertTrue(alert.recommendation().startsWith("Shorten transactions"), alert.recommendation());
            assertTrue(report.recommendations().contains(alert.recommendation()));
        }
    }

    private static void awaitBlocked(AtomicReference<Thread> thread) {
        Workload.await(() -> thread.get() != null && (thread.get().getState() == Thread.State.WAITING
                || thread.get().getState() == Thread.State.TIMED_WAITING), "the other thread to block");
    }
}

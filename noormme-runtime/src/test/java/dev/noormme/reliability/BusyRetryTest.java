package dev.noormme.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.DatabaseBusyException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.JournalMode;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries after SQLITE_BUSY, with a second connection on the same file standing for the other
 * process: SQLite locks the file for it exactly as for another process.
 */
class BusyRetryTest {

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Sample, Long> samples;

    private void open(JournalMode journal, int retries) {
        DatabaseConfig config = TestDatabases.config(folder).toBuilder()
                .journalMode(journal)
                .busyTimeout(Duration.ofMillis(20))
                .busyRetries(retries)
                .busyRetryBackoff(Duration.ofMillis(20))
                .build();
        database = Database.open(config, List.of(SampleMapping.INSTANCE));
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE, "Samples");
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void writeOutsideATransactionIsRetriedUntilTheOtherProcessLetsGo() throws Exception {
        open(JournalMode.WAL, 10);
        try (Connection other = otherProcess()) {
            execute(other, "BEGIN EXCLUSIVE");
            CompletableFuture<Sample> insert = CompletableFuture.supplyAsync(() -> samples.insert(Sample.minimal("late")));
            await(() -> database.monitor().busyRetries() >= 1);
            execute(other, "COMMIT");
            Sample inserted = insert.get(30, TimeUnit.SECONDS);
            assertNotNull(inserted.id());
        }
        assertEquals(1, samples.count());
        assertTrue(database.monitor().busyRetries() >= 1);
    }

    @Test
    void transactionWhoseBeginFailedRunsOnceTheLockIsFree() throws Exception {
        open(JournalMode.WAL, 10);
        AtomicInteger runs = new AtomicInteger();
        try (Connection other = otherProcess()) {
            execute(other, "BEGIN EXCLUSIVE");
            CompletableFuture<Long> transaction = CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
                runs.incrementAndGet();
                return samples.insert(Sample.minimal("in a transaction")).id();
            }));
            await(() -> database.monitor().busyRetries() >= 1);
            execute(other, "COMMIT");
            assertEquals(1L, transaction.get(30, TimeUnit.SECONDS));
        }
        assertEquals(1, runs.get(), "the block ran once: only BEGIN IMMEDIATE was retried");
        assertEquals(1, samples.count());
    }

    @Test
    void readIsRetriedWhileAnotherProcessHoldsAnExclusiveLock() throws Exception {
        // In rollback-journal mode an EXCLUSIVE lock keeps readers out too (in WAL it never does).
        open(JournalMode.DELETE, 10);
        samples.insert(Sample.minimal("there"));
        try (Connection other = otherProcess()) {
            execute(other, "BEGIN EXCLUSIVE");
            CompletableFuture<Long> count = CompletableFuture.supplyAsync(samples::count);
            await(() -> database.monitor().busyRetries() >= 1);
            execute(other, "COMMIT");
            assertEquals(1L, count.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void retriesThatRunOutSayHowLongTheDatabaseWasBusyAndWhatToChange() throws Exception {
        open(JournalMode.WAL, 2);
        try (Connection other = otherProcess()) {
            execute(other, "BEGIN EXCLUSIVE");
            DatabaseBusyException busy = assertThrows(DatabaseBusyException.class,
                    () -> samples.insert(Sample.minimal("never")));
            execute(other, "ROLLBACK");
            assertTrue(busy.getMessage().contains("was busy for"), busy.getMessage());
            assertTrue(busy.getMessage().contains("busyTimeout (20 ms) and 2 retries"), busy.getMessage());
            assertTrue(busy.getMessage().contains("busyRetries (NOORMME_BUSY_RETRIES, now 2)"), busy.getMessage());
            // Three waits of busy_timeout and two pauses of at least 10 and 20 ms.
            assertTrue(busy.waited().compareTo(Duration.ofMillis(60)) >= 0, busy.waited().toString());
        }
        assertEquals(2, database.monitor().busyRetries());
        assertEquals(0, samples.count());
    }

    @Test
    void transactionThatAlreadyRanWorkFailsAndIsNotRunAgain() throws Exception {
        // A reader of another process holds a SHARED lock: this transaction begins and writes,
        // but its COMMIT needs the EXCLUSIVE lock and meets SQLITE_BUSY.
        open(JournalMode.DELETE, 10);
        AtomicInteger runs = new AtomicInteger();
        try (Connection other = otherProcess()) {
            execute(other, "BEGIN");
            try (Statement statement = other.createStatement();
                 ResultSet row = statement.executeQuery("SELECT count(*) FROM samples")) {
                assertTrue(row.next());
            }
            DatabaseBusyException busy = assertThrows(DatabaseBusyException.class, () -> database.inTransaction(() -> {
                runs.incrementAndGet();
                samples.insert(Sample.minimal("written, then rolled back"));
            }));
            execute(other, "COMMIT");
            assertTrue(busy.getMessage().contains("while a transaction committed"), busy.getMessage());
            assertTrue(busy.getMessage().contains("not run again"), busy.getMessage());
            assertTrue(busy.getMessage().contains("raise busyTimeout"), busy.getMessage());
        }
        assertEquals(1, runs.get());
        assertEquals(0, samples.count());
        assertEquals(0, database.monitor().busyRetries());
    }

    private Connection otherProcess() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Waits for a condition another thread makes true; fails after 10 s. Asserts nothing about timing. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(5);
        }
    }
}

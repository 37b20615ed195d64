package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.CircuitOpenException;
import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.QueryOptions;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Stale-if-error on real files: a full disk ({@code PRAGMA max_page_count} on the writer) opens the
 * circuit breaker, and cached reads then serve the last value they loaded, within their allowance.
 */
class StaleIfErrorTest {

    private static final String BIG = "x".repeat(64 * 1024);
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Sample, Long> samples;

    private void open(Duration staleIfError) {
        DatabaseConfig config = TestDatabases.config(folder).toBuilder()
                .circuitBreakerThreshold(3)
                .circuitBreakerOpenDuration(Duration.ofMinutes(10))
                .cacheStaleIfError(staleIfError)
                .build();
        database = Database.open(config, List.of(SampleMapping.INSTANCE));
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE, "Samples");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anOpenBreakerServesTheLastValueWithinTheAllowanceAndFailsPastIt() throws Exception {
        open(Duration.ZERO);
        Duration allowance = Duration.ofSeconds(2);
        CachedQuery<Long> count = samples.cached("Samples.count", HOUR, allowance, "samples");
        CachedQuery<List<Sample>> all = samples.cached("Samples.findAll", HOUR, "samples");
        samples.insert(Sample.minimal("kept"));
        long loadedBefore = System.nanoTime();
        assertEquals(1, count.get(samples::count));
        assertEquals(1, all.get(samples::findAll).size());

        fillTheDiskUntilTheBreakerOpens();
        assertThrows(CircuitOpenException.class, samples::count, "uncached reads fail at once");

        assertEquals(1, count.get(samples::count), "the last value, although the failed writes made it stale");
        assertTrue(System.nanoTime() - loadedBefore < allowance.toNanos(), "served within the allowance");
        assertThrows(CircuitOpenException.class, () -> all.get(samples::findAll),
                "a query without an allowance, with the setting off, fails");
        assertEquals(1, database.cache().stats().staleServes());

        Thread.sleep(Math.max(0, (loadedBefore + allowance.toNanos() - System.nanoTime()) / 1_000_000 + 50));
        assertThrows(CircuitOpenException.class, () -> count.get(samples::count), "past the allowance");
        assertEquals(1, database.cache().stats().staleServes());
    }

    @Test
    void theDatabaseSettingAppliesToQueriesWithoutTheirOwnAllowanceAndTheirOwnWins() throws Exception {
        open(HOUR);
        CachedQuery<Long> count = samples.cached("Samples.count", HOUR, "samples");
        CachedQuery<Long> ownAllowance = samples.cached("Samples.countOwn", HOUR, Duration.ofMillis(1), "samples");
        samples.insert(Sample.minimal("kept"));
        assertEquals(1, count.get(samples::count));
        assertEquals(1, ownAllowance.get(samples::count));
        assertEquals(1, (long) database.executeQuery(samples::count, "adHocCount", QueryOptions.cached(HOUR).dependsOn("samples")));

        fillTheDiskUntilTheBreakerOpens();
        Thread.sleep(5);

        assertEquals(1, count.get(samples::count));
        assertEquals(1, (long) database.executeQuery(samples::count, "adHocCount", QueryOptions.cached(HOUR).dependsOn("samples")));
        assertThrows(CircuitOpenException.class, () -> ownAllowance.get(samples::count), "1 ms has passed");
        assertEquals(2, database.cache().stats().staleServes());
    }

    @Test
    void aReadFailingWithAnIoErrorServesTheLastValueButAUserErrorDoesNot() {
        open(Duration.ZERO);
        CachedQuery<Long> read = samples.cached("Samples.read", HOUR, HOUR, "samples");
        assertEquals(7, read.get(() -> 7L));
        database.cache().invalidateTable("samples");

        assertEquals(7, read.get(failingWith(SQLiteErrorCode.SQLITE_IOERR_READ)));
        NoormmeException userError = assertThrows(NoormmeException.class,
                () -> read.get(failingWith(SQLiteErrorCode.SQLITE_ERROR)));
        assertTrue(userError.getMessage().contains("SQLITE_ERROR"), userError.getMessage());
        assertEquals(1, database.cache().stats().staleServes());
    }

    @Test
    void neverInsideATransactionThatWroteItsTables() {
        open(Duration.ZERO);
        CachedQuery<Long> read = samples.cached("Samples.read", HOUR, HOUR, "samples");
        assertEquals(7, read.get(() -> 7L));

        database.inTransaction(() -> {
            samples.insert(Sample.minimal("written"));
            NoormmeException failure = assertThrows(NoormmeException.class,
                    () -> read.get(failingWith(SQLiteErrorCode.SQLITE_IOERR_READ)));
            assertTrue(failure.getCause() instanceof SQLException, String.valueOf(failure.getCause()));
        });
        assertEquals(0, database.cache().stats().staleServes());
        assertEquals(1, samples.count(), "the transaction committed");
    }

    @Test
    void aStaleServeReturnsTheSameValueTheLastLoadReturned() {
        open(HOUR);
        CachedQuery<List<Sample>> all = samples.cached("Samples.findAll", HOUR, "samples");
        samples.insert(Sample.minimal("kept"));
        List<Sample> loaded = all.get(samples::findAll);
        database.cache().invalidateAll();

        assertSame(loaded, all.get(failingWith(SQLiteErrorCode.SQLITE_FULL)), "unmodifiable and shared as a hit is");
    }

    private void fillTheDiskUntilTheBreakerOpens() {
        onWriter("PRAGMA max_page_count = " + onWriter("PRAGMA page_count"));
        for (int i = 0; i < 3; i++) {
            NoormmeException full = assertThrows(NoormmeException.class, () -> samples.insert(Sample.minimal(BIG)));
            assertTrue(full.getMessage().contains("SQLITE_FULL"), full.getMessage());
        }
    }

    /** A loader that fails as a read failing in SQLite with {@code code} does. */
    private static <T> Supplier<T> failingWith(SQLiteErrorCode code) {
        return () -> {
            throw new NoormmeException("read failed: [" + code.name() + "]",
                    new SQLiteException("[" + code.name() + "] " + code.message, code));
        };
    }

    /** Runs a PRAGMA on the writer (a transaction's reads run there) and returns its number. */
    private long onWriter(String pragma) {
        return database.inTransaction(() -> samples.value("Samples.pragma", DialectSql.portable(pragma), statement -> 1, row -> row.getLong(1)));
    }
}

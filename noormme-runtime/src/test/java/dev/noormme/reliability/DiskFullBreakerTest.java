package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.CircuitOpenException;
import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.health.Alert;
import dev.noormme.health.AlertKind;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.health.Severity;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The circuit breaker on a real file that runs out of space: {@code PRAGMA max_page_count} on the
 * writer caps the file at its current size, so every insert that needs a page fails with
 * SQLITE_FULL, as on a full disk.
 */
class DiskFullBreakerTest {

    private static final String BIG = "x".repeat(64 * 1024);

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Sample, Long> samples;
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        DatabaseConfig config = TestDatabases.config(folder).toBuilder()
                .circuitBreakerThreshold(3)
                .circuitBreakerOpenDuration(Duration.ofSeconds(2))
                .build();
        database = Database.open(config, List.of(SampleMapping.INSTANCE));
        database.monitor().onAlert(alerts::add);
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE, "Samples");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void fullDiskOpensTheBreakerWhichFailsFastAndClosesAfterItsProbeOnceSpaceIsBack() throws Exception {
        samples.insert(Sample.minimal("kept"));
        long pages = onWriter("PRAGMA page_count");
        onWriter("PRAGMA max_page_count = " + pages);

        for (int i = 0; i < 3; i++) {
            NoormmeException full = assertThrows(NoormmeException.class, () -> samples.insert(Sample.minimal(BIG)));
            assertTrue(full.getMessage().contains("SQLITE_FULL"), full.getMessage());
        }

        CircuitOpenException refused = assertThrows(CircuitOpenException.class, () -> samples.insert(Sample.minimal("later")));
        assertTrue(refused.getMessage().contains("SQLITE_FULL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("the next probe is at " + refused.nextProbe()), refused.getMessage());
        assertThrows(CircuitOpenException.class, samples::count, "reads fail at once too");

        HealthReport report = database.healthCheck();
        HealthCheck breaker = report.check("circuit breaker");
        assertEquals(HealthStatus.DOWN, breaker.status(), breaker.detail());
        assertTrue(breaker.detail().startsWith("open: calls fail at once after [SQLITE_FULL]"), breaker.detail());
        assertEquals(HealthStatus.DOWN, report.status());
        assertTrue(report.check("connectivity").detail().contains("circuit breaker is open"),
                report.check("connectivity").detail());
        HealthCheck integrity = report.check("integrity");
        assertEquals(HealthStatus.DEGRADED, integrity.status(), "a file not read is not called damaged");
        assertTrue(integrity.detail().startsWith("not checked: the circuit breaker is open"), integrity.detail());
        assertTrue(report.recommendations().stream().noneMatch(advice -> advice.contains("damaged")),
                report.recommendations()::toString);
        assertTrue(report.recommendations().stream().anyMatch(advice -> advice.contains("free space")),
                report.recommendations()::toString);
        await(() -> alerts.stream().anyMatch(alert -> alert.kind() == AlertKind.CIRCUIT_BREAKER
                && alert.severity() == Severity.CRITICAL && alert.message().contains("SQLITE_FULL")));

        // Space comes back; the first call after the open duration is the probe (this one, or the
        // cache's data_version poll), and its success closes the breaker.
        await(() -> {
            try {
                onWriter("PRAGMA max_page_count = 1073741823");
                return true;
            } catch (CircuitOpenException stillOpen) {
                return false;
            }
        });
        await(() -> database.healthCheck().check("circuit breaker").status() == HealthStatus.UP);
        samples.insert(Sample.minimal(BIG));
        assertEquals(2, samples.count(), "the row from before the failures and the one after");
        assertEquals(HealthStatus.UP, database.healthCheck().check("circuit breaker").status());
        await(() -> alerts.stream().anyMatch(alert -> alert.kind() == AlertKind.CIRCUIT_BREAKER
                && alert.severity() == Severity.INFO && alert.message().contains("closed")));
    }

    @Test
    void userErrorsNeverOpenTheBreaker() {
        for (int i = 0; i < 10; i++) {
            assertThrows(NoormmeException.class,
                    () -> samples.list("Samples.bad", DialectSql.portable("SELECT nope FROM samples"), statement -> 1, row -> row.getLong(1)));
        }
        samples.insert(Sample.minimal("fine"));
        assertEquals(1, samples.count());
        HealthCheck breaker = database.healthCheck().check("circuit breaker");
        assertEquals(HealthStatus.UP, breaker.status());
        assertTrue(breaker.detail().startsWith("closed; 0 recent I/O failures"), breaker.detail());
    }

    /** Runs a PRAGMA on the writer (a transaction's reads run there) and returns its number. */
    private long onWriter(String pragma) {
        return database.inTransaction(() -> samples.value("Samples.pragma", DialectSql.portable(pragma), statement -> 1, row -> row.getLong(1)));
    }

    /** Waits for a condition; fails after 10 s. Asserts nothing about timing. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(20);
        }
    }
}

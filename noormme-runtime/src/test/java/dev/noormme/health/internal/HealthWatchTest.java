package dev.noormme.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.cache.CacheStats;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.health.Alert;
import dev.noormme.health.AlertKind;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.health.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watch on a real file with a WAL limit of 256 KiB (the default, 64 MiB, is too large to
 * write in a unit test), and the monitor's periodic hook.
 */
class HealthWatchTest {

    private static final HealthWatch.Limits SMALL_WAL = new HealthWatch.Limits(256 << 10, 0.25, 1 << 20, 100, 0.2,
            0.05, 3, 0.10, 5);

    @TempDir
    Path folder;

    private ConnectionManager connections;
    private MonitorEngine monitor;
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final List<String> alertThreads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("wal.db")).build();
        connections = ConnectionManager.open(config.url().orElseThrow(), config);
        monitor = new MonitorEngine(true, Duration.ofMillis(100), Duration.ofMinutes(1), name -> 0, sql -> "");
        monitor.onAlert(alert -> {
            alerts.add(alert);
            alertThreads.add(Thread.currentThread().getName());
        });
    }

    @AfterEach
    void close() {
        monitor.close();
        connections.close();
    }

    @Test
    void aWalPastItsLimitRecommendsATruncatingCheckpoint() throws Exception {
        connections.inTransaction(() -> connections.write((handle, unused) -> {
            handle.executeOnce("CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB)");
            handle.executeOnce("INSERT INTO blobs (body) SELECT randomblob(4000) FROM (WITH RECURSIVE c(x) AS"
                    + " (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200) SELECT x FROM c)");
            return null;
        }, null));
        HealthWatch watch = new HealthWatch(connections, monitor, new IndexAdvisor(connections), Set::of,
                () -> CacheStats.of(0, 0, 0, 0, 0), SMALL_WAL);

        HealthReport report = watch.check();
        HealthCheck wal = report.check("WAL size");
        assertEquals(HealthStatus.DEGRADED, wal.status(), wal.detail());
        assertTrue(wal.detail().endsWith(", past the limit of 256.0 KiB"), wal.detail());
        String checkpoint = report.recommendations().stream().filter(r -> r.startsWith("Run PRAGMA wal_checkpoint(TRUNCATE)"))
                .findFirst().orElseThrow(() -> new AssertionError(report.recommendations()));

        awaitAlert(AlertKind.WAL_SIZE);
        Alert alert = alerts.get(0);
        assertEquals(Severity.WARNING, alert.severity());
        assertEquals(folder.resolve("wal.db").toString(), alert.subject());
        assertEquals(checkpoint, alert.recommendation());
        assertEquals("noormme-monitor", alertThreads.get(0));

        connections.write((handle, unused) -> {
            handle.executeOnce("PRAGMA wal_checkpoint(TRUNCATE)");
            return null;
        }, null);
        assertEquals(HealthStatus.UP, watch.check().check("WAL size").status());
    }

    @Test
    void periodicTasksRunOnTheMonitorThreadAndSurviveAThrowingRun() {
        AtomicInteger runs = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        monitor.every(Duration.ofMillis(10), () -> {
            threads.add(Thread.currentThread().getName());
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails");
            }
        });
        await(() -> runs.get() >= 3, "three runs");
        assertEquals(Set.of("noormme-monitor"), Set.copyOf(threads));
    }

    @Test
    void theWatchEvaluatesItsChecksPeriodicallyAndAlertsOnce() throws Exception {
        connections.inTransaction(() -> connections.write((handle, unused) -> {
            handle.executeOnce("CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB)");
            handle.executeOnce("INSERT INTO blobs (body) SELECT randomblob(4000) FROM (WITH RECURSIVE c(x) AS"
                    + " (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200) SELECT x FROM c)");
            return null;
        }, null));
        HealthWatch watch = new HealthWatch(connections, monitor, new IndexAdvisor(connections), Set::of,
                () -> CacheStats.of(0, 0, 0, 0, 0), SMALL_WAL);
        AtomicInteger evaluations = new AtomicInteger();
        monitor.every(Duration.ofMillis(10), () -> {
            watch.evaluate();
            evaluations.incrementAndGet();
        });
        await(() -> evaluations.get() >= 5, "five evaluations");
        awaitAlert(AlertKind.WAL_SIZE);
        // Rate-limited per kind and subject: one alert per interval (a minute), however many runs saw it.
        assertEquals(1, alerts.stream().filter(a -> a.kind() == AlertKind.WAL_SIZE).count());
    }

    private void awaitAlert(AlertKind kind) {
        await(() -> alerts.stream().anyMatch(a -> a.kind() == kind), kind + " alert; alerts so far: " + alerts);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package dev.noormme.optimize;

import dev.noormme.config.Dialect;
import dev.noormme.internal.DialectSql;
import static dev.noormme.optimize.OptimizerFixture.count;
import static dev.noormme.optimize.OptimizerFixture.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.health.Alert;
import dev.noormme.health.AlertKind;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthStatus;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.optimize.OptimizationReport.Outcome;
import dev.noormme.optimize.OptimizationReport.Task;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizerTest {

    @TempDir
    Path folder;

    @Test
    void cleanupDeletesOnlyRowsPastTheRetentionPeriod() throws Exception {
        try (Database database = OptimizerFixture.open(OptimizerFixture.config(folder).build())) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 12_000, Duration.ofDays(120), "old");
            insert(samples, 3_000, Duration.ofDays(89), "recent");
            samples.insert(Sample.minimal("no time")); // NULL created_at: kept

            OptimizationReport report = database.optimizer().cleanup();

            assertEquals(Map.of("samples", 12_000L), report.rowsDeleted());
            assertEquals(Outcome.DONE, report.step(Task.CLEANUP).orElseThrow().outcome());
            assertEquals(3_001, samples.count());
            try (Connection other = OptimizerFixture.otherProcess(folder)) {
                assertEquals(0, count(other, "SELECT count(*) FROM samples WHERE text LIKE 'old%'"));
                assertEquals(3_000, count(other, "SELECT count(*) FROM samples WHERE text LIKE 'recent%'"));
            }
            assertEquals(Map.of("samples", 0L), database.optimizer().cleanup().rowsDeleted());
        }
    }

    @Test
    void readersAndWritersKeepWorkingThroughAFullRunAndNoRowInsideRetentionIsDeleted() throws Exception {
        try (Database database = OptimizerFixture.open(OptimizerFixture.config(folder).build())) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 40_000, Duration.ofDays(365), "old");
            insert(samples, 5_000, Duration.ofDays(1), "recent");
            long firstRecent = 40_001;
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            AtomicLong inserted = new AtomicLong();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<Thread> threads = List.of(
                    reader(samples, firstRecent, running, reads, failures),
                    reader(samples, firstRecent, running, reads, failures),
                    new Thread(() -> {
                        try {
                            while (running.get()) {
                                samples.insert(new Sample(null, "new", 0, null, 0L, (short) 0, 0.0, null, 0f, false,
                                        null, null, null, null, null, Instant.now(), null, null));
                                inserted.incrementAndGet();
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }));
            threads.forEach(Thread::start);
            OptimizationReport report;
            try {
                report = database.optimizer().run();
            } finally {
                running.set(false);
                for (Thread thread : threads) {
                    thread.join();
                }
            }

            assertEquals(List.of(), failures);
            assertTrue(reads.get() > 0 && inserted.get() > 0, reads + " reads, " + inserted + " inserts");
            assertEquals(40_000L, report.rowsDeleted().get("samples"), report::toString);
            assertTrue(report.pagesFreed() > 0, report::toString);
            assertEquals(5_000 + inserted.get(), samples.count());
            try (Connection other = OptimizerFixture.otherProcess(folder)) {
                assertEquals(5_000, count(other, "SELECT count(*) FROM samples WHERE text LIKE 'recent%'"));
                assertEquals(0, count(other, "PRAGMA freelist_count"));
            }
            assertEquals(List.of(Outcome.DONE, Outcome.DONE, Outcome.DONE), report.steps().subList(0, 3).stream()
                    .map(OptimizationReport.Step::outcome).toList(), report::toString);
        }
    }

    private static Thread reader(RepositorySupport<Sample, Long> samples, long firstRecent, AtomicBoolean running,
            AtomicLong reads, List<Throwable> failures) {
        return new Thread(() -> {
            try {
                for (long i = 0; running.get(); i++) {
                    if (samples.findById(firstRecent + i % 5_000).isEmpty()) {
                        throw new AssertionError("row " + (firstRecent + i % 5_000) + " inside retention is gone");
                    }
                    reads.incrementAndGet();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
    }

    @Test
    void newFilesFreePagesInStepsAndOthersAreOnlyRewrittenWhenAsked() throws Exception {
        try (Connection other = OptimizerFixture.otherProcess(folder); Statement statement = other.createStatement()) {
            for (String sql : SampleMapping.INSTANCE.sql(Dialect.SQLITE).schema()) {
                statement.execute(sql); // a file made by another tool: auto_vacuum NONE
            }
        }
        try (Database database = OptimizerFixture.open(OptimizerFixture.config(folder).build())) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 5_000, Duration.ofDays(100), "old");
            database.optimizer().cleanup();

            OptimizationReport skipped = database.optimizer().vacuum();
            OptimizationReport.Step step = skipped.step(Task.VACUUM).orElseThrow();
            assertEquals(Outcome.SKIPPED, step.outcome());
            assertTrue(step.detail().contains("auto_vacuum is not INCREMENTAL") && step.detail().contains(
                    "fullVacuum() would rewrite"), step.detail());

            OptimizationReport full = database.optimizer().fullVacuum();
            assertTrue(full.pagesFreed() > 100, full::toString);
        }
        Path fresh = folder.resolve("fresh");
        java.nio.file.Files.createDirectories(fresh);
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST).toBuilder()
                .url("jdbc:sqlite:" + fresh.resolve("optimizer.db")).build(), List.of(SampleMapping.INSTANCE));
                Connection other = OptimizerFixture.otherProcess(fresh)) {
            assertEquals(2, count(other, "PRAGMA auto_vacuum"), "INCREMENTAL on a file NOORMME created");
        }
    }

    @Test
    void vacuumWhileAnotherProcessWritesFailsClearlyAndLosesNothing() throws Exception {
        DatabaseConfig config = OptimizerFixture.config(folder).busyTimeout(Duration.ofMillis(200)).build();
        try (Database database = OptimizerFixture.open(config)) {
            List<Alert> alerts = new CopyOnWriteArrayList<>();
            database.monitor().onAlert(alerts::add);
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 5_000, Duration.ofDays(100), "old");
            insert(samples, 1_000, Duration.ofDays(1), "recent");
            database.optimizer().cleanup();
            try (Connection other = OptimizerFixture.otherProcess(folder); Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("INSERT INTO samples (text, count, big, small, ratio, weight, active)"
                        + " VALUES ('theirs', 0, 0, 0, 0, 0, 0)");

                NoormmeException vacuum = assertThrows(NoormmeException.class, () -> database.optimizer().vacuum());
                assertTrue(vacuum.getMessage().contains("another connection or process is writing")
                        && vacuum.getMessage().contains("Nothing was changed"), vacuum.getMessage());
                NoormmeException full = assertThrows(NoormmeException.class, () -> database.optimizer().fullVacuum());
                assertTrue(full.getMessage().contains("another connection or process is writing"), full.getMessage());
                HealthCheck maintenance = database.healthCheck().check("maintenance");
                assertEquals(HealthStatus.DEGRADED, maintenance.status(), maintenance.detail());

                statement.execute("COMMIT");
            }
            assertEquals(1_001, samples.count());
            assertTrue(database.optimizer().vacuum().pagesFreed() > 0);
            assertEquals(HealthStatus.UP, database.healthCheck().check("maintenance").status());
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (alerts.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(alerts.stream().anyMatch(alert -> alert.kind() == AlertKind.MAINTENANCE
                    && alert.message().contains("VACUUM")), alerts::toString);
        }
    }

    @Test
    void checkpointReportsPartialWhileAReaderHoldsAnOldSnapshotThenTruncatesTheWal() throws Exception {
        DatabaseConfig config = OptimizerFixture.config(folder).busyTimeout(Duration.ofMillis(200)).build();
        try (Database database = OptimizerFixture.open(config)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 100, Duration.ofDays(1), "first");
            try (Connection reader = OptimizerFixture.otherProcess(folder); Statement statement = reader.createStatement()) {
                statement.execute("BEGIN");
                assertEquals(100, count(reader, "SELECT count(*) FROM samples"));
                insert(samples, 2_000, Duration.ofDays(1), "more");

                OptimizationReport partial = database.optimizer().checkpoint();
                assertEquals(Outcome.PARTIAL, partial.step(Task.CHECKPOINT).orElseThrow().outcome(), partial::toString);
                assertTrue(partial.walBytesAfter() > 0);
                statement.execute("COMMIT");
            }
            OptimizationReport done = database.optimizer().checkpoint();
            assertEquals(Outcome.DONE, done.step(Task.CHECKPOINT).orElseThrow().outcome(), done::toString);
            assertTrue(done.walBytesBefore() > 0);
            assertEquals(0, done.walBytesAfter());
            assertEquals(2_100, samples.count());
        }
    }

    @Test
    void aPrivateTestDatabaseAndAnInMemoryOneSayWhatTheySkipped() {
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST), List.of(
                SampleMapping.INSTANCE), List.of(), List.of(OptimizerFixture.RULE))) {
            OptimizationReport report = database.optimizer().run();
            assertEquals(List.of(Task.VACUUM, Task.CHECKPOINT), report.skipped().stream()
                    .map(OptimizationReport.Step::task).toList(), report::toString);
            assertTrue(report.skipped().get(0).detail().startsWith("private temporary database"), report::toString);
            assertEquals(Outcome.DONE, report.step(Task.CLEANUP).orElseThrow().outcome());
            assertEquals(Outcome.DONE, report.step(Task.ANALYZE).orElseThrow().outcome());
        }
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST).toBuilder()
                .url("jdbc:sqlite::memory:").build())) {
            OptimizationReport report = database.optimizer().run();
            assertEquals(List.of(Task.CLEANUP, Task.VACUUM, Task.CHECKPOINT), report.skipped().stream()
                    .map(OptimizationReport.Step::task).toList(), report::toString);
            assertTrue(report.step(Task.VACUUM).orElseThrow().detail().startsWith("in-memory database"));
            assertEquals("no entity has a @RetentionPeriod", report.step(Task.CLEANUP).orElseThrow().detail());
        }
    }

    @Test
    void thresholdsRunTheStepsThatAreDueOnTheOptimizersThread() throws Exception {
        DatabaseConfig config = OptimizerFixture.config(folder).optimizerSchedule("every 30d")
                .optimizerCheckInterval(Duration.ofSeconds(1)).build();
        try (Database database = OptimizerFixture.open(config)) {
            assertTrue(database.optimizer().nextRun().orElseThrow().isAfter(Instant.now().plus(Duration.ofDays(29))));
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 2_000, Duration.ofDays(100), "old");
            insert(samples, 10, Duration.ofDays(1), "recent");

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (database.optimizer().lastRun().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            OptimizationReport report = database.optimizer().lastRun().orElseThrow();
            assertTrue(report.trigger().contains("samples has rows past 90d"), report::toString);
            assertEquals(2_000L, report.rowsDeleted().get("samples"), report::toString);
            assertEquals(10, samples.count());
            assertTrue(database.healthCheck().check("maintenance").detail().contains("last run at"));
        }
    }

    @Test
    void freePagesAndChangesPastTheirThresholdsVacuumAndAnalyze() throws Exception {
        DatabaseConfig config = OptimizerFixture.config(folder).optimizerSchedule("every 30d")
                .optimizerCheckInterval(Duration.ofSeconds(1)).optimizerFreePageRatio(0.1)
                .optimizerAnalyzeAfterChanges(1_000).build();
        try (Database database = OptimizerFixture.open(config)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, 5_000, Duration.ofDays(100), "old");
            insert(samples, 100, Duration.ofDays(1), "recent");
            try (Connection other = OptimizerFixture.otherProcess(folder); Statement statement = other.createStatement()) {
                statement.execute("DELETE FROM samples WHERE text LIKE 'old%'"); // free pages, written elsewhere
            }

            long deadline = System.nanoTime() + 10_000_000_000L;
            OptimizationReport report = null;
            while (System.nanoTime() < deadline && (report == null || !report.trigger().contains("free pages"))) {
                Thread.sleep(50);
                report = database.optimizer().lastRun().orElse(null);
            }

            assertTrue(report != null && report.trigger().contains("free pages"), String.valueOf(report));
            assertEquals(Outcome.DONE, report.step(Task.VACUUM).orElseThrow().outcome(), report::toString);
            assertTrue(report.pagesFreed() > 100, report::toString);
            // The check may run between the inserts and the delete: then an earlier run, started by
            // the changes alone, analyzed, and this one was started by the free pages alone.
            if (report.trigger().contains("rows changed since the last analysis")) {
                assertEquals(Outcome.DONE, report.step(Task.ANALYZE).orElseThrow().outcome(), report::toString);
            } else {
                try (Connection other = OptimizerFixture.otherProcess(folder); Statement statement = other.createStatement();
                        ResultSet analyzed = statement.executeQuery("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'samples'")) {
                    assertTrue(analyzed.next() && analyzed.getInt(1) > 0, "no analysis of samples after " + report);
                }
            }
            assertEquals(100, samples.count());
        }
    }

    @Test
    void maintenanceInsideATransactionIsRefused() {
        try (Database database = OptimizerFixture.open(OptimizerFixture.config(folder).build())) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> database.inTransaction(() -> database.optimizer().cleanup()));
            assertTrue(refused.getMessage().contains("cannot run inside a transaction"));
            assertFalse(database.optimizer().lastRun().isPresent());
        }
    }
}

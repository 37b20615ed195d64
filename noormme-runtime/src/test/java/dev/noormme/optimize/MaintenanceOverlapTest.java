package dev.noormme.optimize;

import static dev.noormme.optimize.OptimizerFixture.count;
import static dev.noormme.optimize.OptimizerFixture.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.optimize.OptimizationReport.Outcome;
import dev.noormme.optimize.OptimizationReport.Task;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration run or a close never overlaps maintenance: the cleanup stops after its batch. */
class MaintenanceOverlapTest {

    private static final int EXPIRED = 300_000;

    @TempDir
    Path folder;

    @Test
    void aMigrationRunWaitsAndTheCleanupStopsAfterItsCurrentBatch() throws Exception {
        // baselineOnMigrate: the tables were created from the entities, with no migration history yet
        try (Database database = OptimizerFixture.open(OptimizerFixture.config(folder).baselineOnMigrate(true).build())) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            insert(samples, EXPIRED, Duration.ofDays(365), "old");
            insert(samples, 1_000, Duration.ofDays(1), "recent");
            CompletableFuture<OptimizationReport> cleanup = CompletableFuture.supplyAsync(
                    () -> database.optimizer().cleanup());
            Thread.sleep(100);

            database.migrations().migrate(); // waits for the maintenance lock

            OptimizationReport report = cleanup.get(30, TimeUnit.SECONDS);
            OptimizationReport.Step step = report.step(Task.CLEANUP).orElseThrow();
            assertEquals(Outcome.STOPPED, step.outcome(), report::toString);
            long deleted = report.rowsDeleted().get("samples");
            assertTrue(deleted > 0 && deleted < EXPIRED, report::toString);
            assertEquals(EXPIRED - deleted + 1_000, samples.count());
            assertEquals(Outcome.DONE, database.optimizer().cleanup().step(Task.CLEANUP).orElseThrow().outcome());
            assertEquals(1_000, samples.count());
        }
    }

    @Test
    void closeStopsARunningCleanupAfterItsBatchAndKeepsEveryRowInsideRetention() throws Exception {
        Database database = OptimizerFixture.open(OptimizerFixture.config(folder).build());
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        insert(samples, EXPIRED, Duration.ofDays(365), "old");
        insert(samples, 1_000, Duration.ofDays(1), "recent");
        CompletableFuture<OptimizationReport> run = CompletableFuture.supplyAsync(() -> database.optimizer().run());
        Thread.sleep(100);

        database.close();

        OptimizationReport report = run.get(30, TimeUnit.SECONDS);
        assertEquals(Outcome.STOPPED, report.step(Task.CLEANUP).orElseThrow().outcome(), report::toString);
        assertEquals(Outcome.SKIPPED, report.step(Task.VACUUM).orElseThrow().outcome(), report::toString);
        assertEquals("the database is closing", report.step(Task.ANALYZE).orElseThrow().detail());
        try (Connection other = OptimizerFixture.otherProcess(folder)) {
            assertEquals(1_000, count(other, "SELECT count(*) FROM samples WHERE text LIKE 'recent%'"));
            assertEquals(EXPIRED - report.rowsDeleted().get("samples"),
                    count(other, "SELECT count(*) FROM samples WHERE text LIKE 'old%'"));
        }
    }
}

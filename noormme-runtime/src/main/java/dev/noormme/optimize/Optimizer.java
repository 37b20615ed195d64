package dev.noormme.optimize;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps one database fast and small ({@code database.optimizer()}): refreshes the query planner's
 * statistics, returns free pages to the file system, checkpoints the WAL and deletes rows past
 * their {@code @RetentionPeriod}. Each call returns an {@link OptimizationReport} of what it did,
 * how long each step took and what it skipped, and why.
 *
 * <p>Never stalls the application: rows are deleted and pages freed in short batches, each its
 * own write transaction, so a concurrent write waits at most one batch and readers are not
 * blocked at all (WAL); the query cache is told about each batch, like any write. No two
 * maintenance runs overlap, and none overlaps a migration run: a call waits for the one in
 * progress, and a migration makes a running cleanup or vacuum stop after its current batch.
 *
 * <p>On a schedule ({@code DatabaseConfig.optimizerSchedule()}), {@link #run()} happens by itself
 * on one daemon thread, {@code noormme-optimizer}, which also checks the thresholds in between;
 * each run is logged through {@code System.Logger} and reported to the monitor.
 *
 * <p>Thread-safe: every method may be called from any thread, but not inside a transaction of
 * the calling thread ({@link IllegalStateException}): maintenance commits as it goes.
 */
public interface Optimizer {

    /**
     * Every step that has work to do: cleanup (when an entity has a retention period), then
     * vacuum (when there are free pages and the file allows it in steps), analysis, and a PASSIVE
     * checkpoint. A failing step is reported, not thrown, and the others still run.
     */
    OptimizationReport run();

    /**
     * Refreshes the planner's statistics where SQLite judges them stale ({@code PRAGMA optimize},
     * bounded by {@code analysis_limit} so it stays quick on a large file).
     */
    OptimizationReport analyze();

    /** A full {@code ANALYZE} of every table and index: exact statistics, reading the whole file. */
    OptimizationReport fullAnalyze();

    /**
     * Returns free pages to the file system in steps ({@code incremental_vacuum}), on a file
     * with {@code auto_vacuum=INCREMENTAL} (every file NOORMME creates). On another file the step
     * is skipped and the report says what {@link #fullVacuum()} would cost.
     *
     * @throws dev.noormme.NoormmeException when the pages cannot be freed (another process holds
     *         the write lock, say); nothing is lost, as each step is atomic
     */
    OptimizationReport vacuum();

    /**
     * Rewrites the whole file ({@code VACUUM}): any file, but the application's writes wait for
     * all of it. Readers go on reading.
     *
     * @throws dev.noormme.NoormmeException when the file cannot be rewritten (another process is
     *         writing, the disk is full); VACUUM is atomic, so the file is then as it was
     */
    OptimizationReport fullVacuum();

    /**
     * Copies the WAL into the database and truncates it ({@code wal_checkpoint(TRUNCATE)}),
     * waiting for readers at most the busy timeout; when readers still hold older snapshots, the
     * report says the checkpoint was partial rather than failing.
     */
    OptimizationReport checkpoint();

    /**
     * Deletes the rows past each entity's {@code @RetentionPeriod}, in batches.
     *
     * @throws dev.noormme.NoormmeException when a batch fails; the batches before it stay deleted
     */
    OptimizationReport cleanup();

    /** The last run's report (by the schedule or by a call), if there was one since the open. */
    Optional<OptimizationReport> lastRun();

    /** When the schedule runs next; empty when the schedule is off or the database closed. */
    Optional<Instant> nextRun();
}

package dev.noormme.optimize.internal;

import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.optimize.OptimizationReport.Outcome;
import dev.noormme.optimize.OptimizationReport.Step;
import dev.noormme.optimize.OptimizationReport.Task;
import dev.noormme.optimize.RetentionRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * SQLite's maintenance steps, each returning its {@link Step} and never throwing: a failure is
 * a FAILED step with SQLite's message. Work that could hold the writer for long (deleting rows,
 * freeing pages) goes in batches sized to take about {@link #BATCH_TARGET_NANOS}, each its own
 * transaction, giving the writer to waiting threads in between. Called under the maintenance
 * lock only, so one thread at a time.
 */
final class MaintenanceSteps implements Maintenance {

    private static final System.Logger LOG = System.getLogger(MaintenanceSteps.class.getName());

    /** How long one batch should hold the writer: well under the 100 ms a caller may wait. */
    static final long BATCH_TARGET_NANOS = 20_000_000;
    private static final int FIRST_PAGE_BATCH = 64;
    private static final int MAX_PAGE_BATCH = 4_096;
    /** WAL growth between the PASSIVE checkpoints of a batched step: small enough to copy within a batch's time. */
    private static final long WAL_GROWTH_PER_CHECKPOINT = 4L << 20;

    private final ConnectionManager connections;
    private final RetentionCleanup cleanup;
    private final Path file;
    private final String notAFile;
    private final ZoneId zone;
    private final long walLimitBytes;
    private final BooleanSupplier stopRequested;
    private long walMark;

    /**
     * @param file the database file, or null
     * @param notAFile why there is no file to vacuum or checkpoint ("in-memory database"), or null for a file
     * @param walLimitBytes the WAL's {@code journal_size_limit}
     * @param stopRequested true when a batched step should stop after its current batch
     */
    MaintenanceSteps(ConnectionManager connections, RetentionCleanup cleanup, Path file, String notAFile, ZoneId zone,
            long walLimitBytes, BooleanSupplier stopRequested) {
        this.connections = connections;
        this.cleanup = cleanup;
        this.file = file;
        this.notAFile = notAFile;
        this.zone = zone;
        this.walLimitBytes = walLimitBytes;
        this.stopRequested = stopRequested;
    }

    @Override
    public Step cleanup() {
        if (cleanup.hasRules()) {
            walMark = walBytes();
            checkpointOnReader(); // the writer's own auto-checkpoint after a batch would copy any backlog under its lock
        }
        return cleanup.run((handle, rule, cutoff, zone, limit) -> RetentionCleanup.deleteExpired(handle, Dialect.SQLITE, rule,
                cutoff, zone, limit), this::yieldToWriters);
    }

    /** Sets the WAL's {@code journal_size_limit}, for a file (an in-memory database has no WAL file). */
    @Override
    public void prepare() {
        if (notAFile != null) {
            return;
        }
        try {
            connections.write((handle, bytes) -> {
                SqliteMaintenance.journalSizeLimit(handle, bytes);
                return null;
            }, walLimitBytes);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not set journal_size_limit on {0}: {1}", connections.url(),
                    e.getMessage());
        }
    }

    /** The free-page ratio of a file that frees pages in steps ({@code auto_vacuum = INCREMENTAL}); 0 otherwise. */
    @Override
    public double freePageRatio() throws SQLException {
        long[] pages = connections.read((handle, unused) -> new long[] {SqliteMaintenance.freePages(handle),
                SqliteMaintenance.pageCount(handle), SqliteMaintenance.incrementalVacuum(handle) ? 1 : 0}, null);
        return pages[2] == 1 && pages[1] > 0 ? (double) pages[0] / pages[1] : 0;
    }

    /** The writer's change count now, or -1 when the writer is busy (the check never waits for it). */
    @Override
    public long changes() {
        try {
            Long changes = connections.writeIfIdle((handle, unused) -> SqliteMaintenance.totalChanges(handle), null);
            return changes == null ? -1 : changes;
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public boolean hasExpired(RetentionRule rule, Instant cutoff) throws SQLException {
        return connections.read((handle, r) -> RetentionCleanup.hasExpired(handle, Dialect.SQLITE, r, cutoff, zone), rule);
    }

    @Override
    public Step vacuum() {
        if (notAFile != null) {
            return Step.skipped(Task.VACUUM, notAFile + ": there is no file to return pages to");
        }
        long start = System.nanoTime();
        try {
            long[] state = connections.read((handle, unused) -> new long[] {
                    SqliteMaintenance.incrementalVacuum(handle) ? 1 : 0, SqliteMaintenance.freePages(handle),
                    SqliteMaintenance.pageCount(handle), SqliteMaintenance.pageSize(handle)}, null);
            long free = state[1];
            if (state[0] == 0) {
                return Step.skipped(Task.VACUUM, String.format(Locale.ROOT, "auto_vacuum is not INCREMENTAL on this"
                        + " file (NOORMME did not create it), so pages cannot be freed in steps; %,d of %,d pages are"
                        + " free. fullVacuum() would rewrite %,d pages (%s) while the application's writes wait",
                        free, state[2], state[2] - free, mib((state[2] - free) * state[3])));
            }
            if (free == 0) {
                return Step.skipped(Task.VACUUM, "no free pages");
            }
            long before = state[2];
            int batch = FIRST_PAGE_BATCH;
            walMark = walBytes();
            checkpointOnReader();
            while (free > 0) {
                if (stopRequested.getAsBoolean()) {
                    long freed = before - pageCount();
                    return new Step(Task.VACUUM, Outcome.STOPPED, freed + " pages returned, then stopped as the database"
                            + " is closing or other maintenance is waiting", since(start), freed, Map.of());
                }
                long batchStart = System.nanoTime();
                long pages = batch;
                free = connections.write((handle, unused) -> {
                    SqliteMaintenance.incrementalVacuum(handle, pages);
                    return SqliteMaintenance.freePages(handle);
                }, null);
                batch = resize(batch, System.nanoTime() - batchStart, 16, MAX_PAGE_BATCH);
                yieldToWriters();
            }
            long freed = before - pageCount();
            return new Step(Task.VACUUM, Outcome.DONE, String.format(Locale.ROOT,
                    "%,d free pages (%s) returned to the file system (incremental_vacuum)", freed,
                    mib(freed * state[3])), since(start), freed, Map.of());
        } catch (SQLException | RuntimeException e) {
            return failed(Task.VACUUM, start, "freeing pages", e);
        }
    }

    @Override
    public Step fullVacuum() {
        if (notAFile != null) {
            return Step.skipped(Task.VACUUM, notAFile + ": there is no file to rewrite");
        }
        long start = System.nanoTime();
        try {
            long before = pageCount();
            connections.write((handle, unused) -> {
                SqliteMaintenance.fullVacuum(handle);
                return null;
            }, null);
            long freed = before - pageCount();
            return new Step(Task.VACUUM, Outcome.DONE, String.format(Locale.ROOT,
                    "VACUUM rewrote the file: %,d pages returned to the file system", freed), since(start), freed,
                    Map.of());
        } catch (SQLException | RuntimeException e) {
            return failed(Task.VACUUM, start, "VACUUM", e);
        }
    }

    /** {@code PRAGMA optimize}, bounded, or a full {@code ANALYZE}. */
    @Override
    public Step analyze(boolean full) {
        long start = System.nanoTime();
        try {
            long objects = connections.write((handle, unused) -> {
                if (full) {
                    SqliteMaintenance.analyzeFully(handle);
                } else {
                    SqliteMaintenance.optimize(handle);
                }
                return SqliteMaintenance.analyzedObjects(handle);
            }, null);
            String how = full ? "ANALYZE of every table and index"
                    : "PRAGMA optimize (analysis_limit " + SqliteMaintenance.ANALYSIS_LIMIT + ")";
            return new Step(Task.ANALYZE, Outcome.DONE, how + ": statistics on " + objects + " tables and indexes",
                    since(start), 0, Map.of());
        } catch (SQLException | RuntimeException e) {
            return failed(Task.ANALYZE, start, "analysis", e);
        }
    }

    @Override
    public Step checkpoint(boolean truncate) {
        if (notAFile != null) {
            return Step.skipped(Task.CHECKPOINT, notAFile + ": there is no WAL file to checkpoint");
        }
        long start = System.nanoTime();
        String mode = truncate ? "TRUNCATE" : "PASSIVE";
        try {
            String journal = connections.read((handle, unused) -> SqliteMaintenance.journalMode(handle), null);
            if (!"wal".equalsIgnoreCase(journal)) {
                return Step.skipped(Task.CHECKPOINT, "journal_mode is " + journal + ": there is no WAL");
            }
            // PASSIVE never waits and needs no write lock: on a reader, so the application's writes go on.
            // TRUNCATE must hold writers back until it has reset the WAL: on the writer, under its lock.
            SqliteMaintenance.Checkpoint result = truncate
                    ? connections.write((handle, unused) -> SqliteMaintenance.checkpoint(handle, true), null)
                    : connections.read((handle, unused) -> SqliteMaintenance.checkpoint(handle, false), null);
            boolean complete = !result.blocked() && result.framesCopied() >= result.walFrames();
            String detail = String.format(Locale.ROOT, "%s: %,d of %,d WAL frames copied", mode,
                    Math.max(0, result.framesCopied()), Math.max(0, result.walFrames()));
            return complete
                    ? new Step(Task.CHECKPOINT, Outcome.DONE, detail + (truncate ? ", WAL truncated" : ""), since(start),
                            0, Map.of())
                    : new Step(Task.CHECKPOINT, Outcome.PARTIAL, detail + "; readers still use older snapshots"
                            + (truncate ? " after waiting the busy timeout" : "") + ", the next checkpoint copies the rest",
                            since(start), 0, Map.of());
        } catch (SQLException | RuntimeException e) {
            return failed(Task.CHECKPOINT, start, mode + " checkpoint", e);
        }
    }

    @Override
    public long walBytes() {
        if (file == null) {
            return 0;
        }
        try {
            Path wal = Path.of(file + "-wal");
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private long pageCount() throws SQLException {
        return connections.write((Handle handle, Void unused) -> SqliteMaintenance.pageCount(handle), null);
    }

    private Step failed(Task task, long start, String what, Exception e) {
        String message = String.valueOf(e.getMessage());
        // A busy database NOORMME gave up retrying keeps SQLite's code but words its own message.
        boolean busy = e instanceof SQLException sql && (sql.getErrorCode() & 0xff) == 5;
        String reason = busy || message.contains("SQLITE_BUSY") || message.contains("locked")
                ? "another connection or process is writing to " + file + " and held its lock past the busy timeout."
                        + " Nothing was changed: each step is atomic. Run it again when that writer is done"
                : message.contains("SQLITE_FULL")
                        ? "the disk is full. Nothing was changed: each step is atomic. Free disk space and run it again"
                        : message;
        return new Step(task, Outcome.FAILED, what + " failed: " + reason, since(start), 0, Map.of());
    }

    /** Grows a quick batch and shrinks a slow one, so that each takes about the target. */
    static int resize(int batch, long nanos, int least, int most) {
        if (nanos < BATCH_TARGET_NANOS / 2) {
            return Math.min(most, batch + batch / 2);
        }
        if (nanos > BATCH_TARGET_NANOS) {
            return Math.max(least, batch / 2);
        }
        return batch;
    }

    /**
     * Lets threads waiting for the writer take it before the next batch: the lock is not fair, so
     * without this the next batch could take it again at once, and again. Every few MiB of WAL a
     * batched step writes, a PASSIVE checkpoint copies what readers no longer need, so that the WAL
     * can start over instead of growing by the size of the whole step.
     */
    private void yieldToWriters() {
        long wal = walBytes();
        if (wal - walMark > WAL_GROWTH_PER_CHECKPOINT) {
            checkpointOnReader();
            walMark = wal;
        }
        RetentionCleanup.letWritersIn(connections);
    }

    /** A PASSIVE checkpoint on a reader: it needs no write lock, so writers go on meanwhile. */
    private void checkpointOnReader() {
        try {
            connections.read((handle, unused) -> SqliteMaintenance.checkpoint(handle, false), null);
        } catch (SQLException | RuntimeException e) {
            // Only keeps the WAL small; the step goes on without it.
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    static String text(Duration period) {
        long seconds = period.getSeconds();
        if (period.getNano() == 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (period.getNano() == 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return period.getNano() == 0 && seconds % 60 == 0 ? seconds / 60 + "m" : period.toMillis() + "ms";
    }
}

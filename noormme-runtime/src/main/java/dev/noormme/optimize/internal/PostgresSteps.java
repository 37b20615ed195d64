package dev.noormme.optimize.internal;

import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.optimize.OptimizationReport.Outcome;
import dev.noormme.optimize.OptimizationReport.Step;
import dev.noormme.optimize.OptimizationReport.Task;
import dev.noormme.optimize.RetentionRule;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * PostgreSQL's maintenance steps: {@code ANALYZE} and {@code VACUUM (ANALYZE)} of the entity
 * tables one table at a time (each a statement of its own, so a stop request is honoured between
 * tables and no lock is held across them), the retention cleanup in batches, and no checkpoint:
 * the server checkpoints its WAL itself ({@code checkpoint_timeout}, {@code max_wal_size}), and
 * {@code CHECKPOINT} needs a superuser. Autovacuum does most of this on its own; these steps are
 * for the moments an application knows better (after a large cleanup, say). Called under the
 * maintenance lock only, so one thread at a time.
 */
final class PostgresSteps implements Maintenance {

    private final ConnectionManager connections;
    private final RetentionCleanup cleanup;
    private final List<String> tables;
    private final ZoneId zone;
    private final BooleanSupplier stopRequested;

    /**
     * @param tables the entity tables that analyze and vacuum maintain
     * @param stopRequested true when a step should stop after its current table or batch
     */
    PostgresSteps(ConnectionManager connections, RetentionCleanup cleanup, List<String> tables, ZoneId zone,
            BooleanSupplier stopRequested) {
        this.connections = connections;
        this.cleanup = cleanup;
        this.tables = List.copyOf(tables);
        this.zone = zone;
        this.stopRequested = stopRequested;
    }

    /** Nothing to set: the server's own settings govern its WAL and autovacuum. */
    @Override
    public void prepare() {
    }

    @Override
    public Step cleanup() {
        return cleanup.run((handle, rule, cutoff, zone, limit) -> RetentionCleanup.deleteExpired(handle, Dialect.POSTGRESQL, rule,
                cutoff, zone, limit), () -> RetentionCleanup.letWritersIn(connections));
    }

    @Override
    public Step vacuum() {
        return vacuum(false);
    }

    @Override
    public Step fullVacuum() {
        return vacuum(true);
    }

    /**
     * {@code VACUUM (ANALYZE)} per table: dead tuples become free space for new rows, and the
     * empty pages at a table's end go back to the file system (the pages freed reported). FULL
     * rewrites each table, holding an exclusive lock on it meanwhile.
     */
    private Step vacuum(boolean full) {
        String how = full ? "VACUUM (FULL, ANALYZE)" : "VACUUM (ANALYZE)";
        if (tables.isEmpty()) {
            return Step.skipped(Task.VACUUM, "no entity tables to vacuum");
        }
        long start = System.nanoTime();
        long freed = 0;
        int done = 0;
        try {
            for (String table : tables) {
                if (stopRequested.getAsBoolean()) {
                    return new Step(Task.VACUUM, Outcome.STOPPED, how + " of " + done + " of " + tables(tables.size())
                            + ", then stopped as the database is closing or other maintenance is waiting",
                            since(start), freed, Map.of());
                }
                freed += connections.write((handle, name) -> {
                    long before = PostgresMaintenance.pages(handle, name);
                    PostgresMaintenance.vacuum(handle, name, full);
                    return Math.max(0, before - PostgresMaintenance.pages(handle, name));
                }, table);
                done++;
            }
        } catch (SQLException | RuntimeException e) {
            return new Step(Task.VACUUM, Outcome.FAILED, how + " failed after " + done + " of " + tables(tables.size())
                    + ": " + e.getMessage(), since(start), freed, Map.of());
        }
        return new Step(Task.VACUUM, Outcome.DONE, String.format(Locale.ROOT, "%s of %s (%s): %,d pages"
                + " returned to the file system", how, tables(done), String.join(", ", tables), freed), since(start),
                freed, Map.of());
    }

    /**
     * {@code ANALYZE} per entity table; {@code full} changes nothing, as PostgreSQL always samples
     * ({@code default_statistics_target}).
     */
    @Override
    public Step analyze(boolean full) {
        if (tables.isEmpty()) {
            return Step.skipped(Task.ANALYZE, "no entity tables to analyze");
        }
        long start = System.nanoTime();
        try {
            for (String table : tables) {
                connections.write((handle, name) -> {
                    PostgresMaintenance.analyze(handle, name);
                    return null;
                }, table);
            }
        } catch (SQLException | RuntimeException e) {
            return new Step(Task.ANALYZE, Outcome.FAILED, "ANALYZE failed: " + e.getMessage(), since(start), 0, Map.of());
        }
        return new Step(Task.ANALYZE, Outcome.DONE, "ANALYZE of " + tables(tables.size()) + " ("
                + String.join(", ", tables) + ")", since(start), 0, Map.of());
    }

    @Override
    public Step checkpoint(boolean truncate) {
        return Step.skipped(Task.CHECKPOINT, "not applicable on PostgreSQL: the server checkpoints its WAL itself"
                + " (checkpoint_timeout, max_wal_size)");
    }

    @Override
    public long walBytes() {
        return 0;
    }

    /** PostgreSQL reuses dead space in place (autovacuum); {@code vacuum()} is no page-freeing step to trigger. */
    @Override
    public double freePageRatio() {
        return 0;
    }

    @Override
    public long changes() {
        try {
            return connections.read((handle, unused) -> PostgresMaintenance.changes(handle), null);
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public boolean hasExpired(RetentionRule rule, Instant cutoff) throws SQLException {
        return connections.read((handle, r) -> RetentionCleanup.hasExpired(handle, Dialect.POSTGRESQL, r, cutoff, zone), rule);
    }

    private static String tables(int count) {
        return count == 1 ? "1 table" : count + " tables";
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

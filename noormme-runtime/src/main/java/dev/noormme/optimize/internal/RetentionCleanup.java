package dev.noormme.optimize.internal;

import dev.noormme.cache.internal.CacheEngine;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.config.Dialect;
import dev.noormme.connection.Handle;
import dev.noormme.internal.Columns;
import dev.noormme.internal.Sql;
import dev.noormme.optimize.OptimizationReport.Outcome;
import dev.noormme.optimize.OptimizationReport.Step;
import dev.noormme.optimize.OptimizationReport.Task;
import dev.noormme.optimize.RetentionRule;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The cleanup step of every dialect: per retention rule, the rows older than its period deleted
 * in batches, each batch one statement and so its own short transaction, the cache told after
 * each batch that deleted rows, the batch size grown or shrunk to take about
 * {@link MaintenanceSteps#BATCH_TARGET_NANOS}, and a stop request honoured between batches.
 * Only the delete statement and what happens between batches differ per dialect. Called under the
 * maintenance lock only, so one thread at a time.
 */
final class RetentionCleanup {

    private static final int FIRST_ROW_BATCH = 64;
    private static final int MAX_ROW_BATCH = 5_000;
    private static final long MAX_YIELD_NANOS = 10_000_000;

    /** Deletes at most {@code limit} rows of the rule's table before {@code cutoff}; returns how many. */
    @FunctionalInterface
    interface Deleter {
        int delete(Handle handle, RetentionRule rule, Instant cutoff, ZoneId zone, int limit) throws SQLException;
    }

    private final ConnectionManager connections;
    private final CacheEngine cache;
    private final List<RetentionRule> rules;
    private final Clock clock;
    private final ZoneId zone;
    private final BooleanSupplier stopRequested;

    RetentionCleanup(ConnectionManager connections, CacheEngine cache, List<RetentionRule> rules, Clock clock,
            ZoneId zone, BooleanSupplier stopRequested) {
        this.connections = connections;
        this.cache = cache;
        this.rules = List.copyOf(rules);
        this.clock = clock;
        this.zone = zone;
        this.stopRequested = stopRequested;
    }

    boolean hasRules() {
        return !rules.isEmpty();
    }

    /**
     * The step: {@code deleter} runs each batch on a write connection, {@code betweenBatches}
     * after each full batch (giving the connection to waiting writers, say).
     */
    Step run(Deleter deleter, Runnable betweenBatches) {
        if (rules.isEmpty()) {
            return Step.skipped(Task.CLEANUP, "no entity has a @RetentionPeriod");
        }
        long start = System.nanoTime();
        Instant now = clock.instant();
        Map<String, Long> deleted = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        for (RetentionRule rule : rules) {
            Instant cutoff = now.minus(rule.period());
            int batch = FIRST_ROW_BATCH;
            long rows = 0;
            while (true) {
                if (stopRequested.getAsBoolean()) {
                    deleted.put(rule.table(), rows);
                    return new Step(Task.CLEANUP, Outcome.STOPPED, String.join("; ", details) + (details.isEmpty() ? "" : "; ")
                            + rule.table() + ": stopped after " + rows + " rows, as the database is closing or other"
                            + " maintenance is waiting; the next run goes on", since(start), 0, deleted);
                }
                long batchStart = System.nanoTime();
                int limit = batch;
                int removed;
                try {
                    removed = connections.write((handle, r) -> deleter.delete(handle, r, cutoff, zone, limit), rule);
                } catch (SQLException | RuntimeException e) {
                    deleted.put(rule.table(), rows);
                    return new Step(Task.CLEANUP, Outcome.FAILED, "deleting from " + rule.table() + " failed after "
                            + rows + " rows (those stay deleted): " + e.getMessage(), since(start), 0, deleted);
                }
                if (removed > 0) {
                    cache.written(rule.table());
                }
                rows += removed;
                if (removed < limit) {
                    break;
                }
                batch = MaintenanceSteps.resize(batch, System.nanoTime() - batchStart, 50, MAX_ROW_BATCH);
                betweenBatches.run();
            }
            deleted.put(rule.table(), rows);
            details.add(rule.table() + ": " + rows + " rows older than " + MaintenanceSteps.text(rule.period()) + " ("
                    + rule.column() + " before " + cutoff + ")");
        }
        return new Step(Task.CLEANUP, Outcome.DONE, String.join("; ", details), since(start), 0, deleted);
    }

    /**
     * Gives the write connection to threads waiting for one before the next batch, for at most
     * 10 ms: without this the next batch could take it again at once, and again.
     */
    static void letWritersIn(ConnectionManager connections) {
        long deadline = System.nanoTime() + MAX_YIELD_NANOS;
        while (connections.writersWaiting() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(50_000);
        }
    }

    /**
     * Deletes at most {@code limit} rows of the rule's table whose time is before {@code cutoff};
     * one statement, so one short transaction in auto-commit. Neither dialect's DELETE takes a
     * LIMIT, so the rows are chosen by their physical address: SQLite's {@code rowid},
     * PostgreSQL's {@code ctid} (valid within the statement).
     *
     * @return the rows deleted
     */
    static int deleteExpired(Handle handle, Dialect dialect, RetentionRule rule, Instant cutoff, ZoneId zone,
            int limit) throws SQLException {
        String table = Sql.quote(dialect, rule.table());
        String address = dialect == Dialect.SQLITE ? "rowid" : "ctid";
        PreparedStatement statement = handle.prepare("DELETE FROM " + table + " WHERE " + address + " IN (SELECT "
                + address + " FROM " + table + " WHERE " + Sql.quote(dialect, rule.column()) + " < ? LIMIT ?)");
        bindCutoff(statement, 1, rule, cutoff, zone);
        statement.setInt(2, limit);
        return statement.executeUpdate();
    }

    /** True when the rule's table has at least one row before {@code cutoff}. */
    static boolean hasExpired(Handle handle, Dialect dialect, RetentionRule rule, Instant cutoff, ZoneId zone)
            throws SQLException {
        PreparedStatement statement = handle.prepare("SELECT EXISTS (SELECT 1 FROM " + Sql.quote(dialect, rule.table())
                + " WHERE " + Sql.quote(dialect, rule.column()) + " < ?)");
        bindCutoff(statement, 1, rule, cutoff, zone);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    /**
     * The cutoff written exactly as the column stores its times, so that {@code <} compares
     * times; {@link Columns} binds each dialect's own form.
     */
    static void bindCutoff(PreparedStatement statement, int index, RetentionRule rule, Instant cutoff, ZoneId zone)
            throws SQLException {
        switch (rule.storage()) {
            case INSTANT -> Columns.setInstant(statement, index, cutoff);
            case LOCAL_DATE_TIME -> Columns.setLocalDateTime(statement, index, LocalDateTime.ofInstant(cutoff, zone));
            case LOCAL_DATE -> Columns.setLocalDate(statement, index, LocalDate.ofInstant(cutoff, zone));
            case EPOCH_MILLIS -> statement.setLong(index, cutoff.toEpochMilli());
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

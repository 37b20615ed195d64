package dev.noormme.optimize.internal;

import dev.noormme.optimize.OptimizationReport.Step;
import dev.noormme.optimize.RetentionRule;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The optimizer's steps and figures on one dialect: {@link MaintenanceSteps} on SQLite (pages,
 * WAL, {@code PRAGMA optimize}), {@link PostgresSteps} on PostgreSQL ({@code VACUUM (ANALYZE)}
 * per table, no checkpoints of its own). {@link OptimizerEngine} and {@link MaintenanceSchedule}
 * see only this, so locking, reports and the schedule are the same on both. Each step returns
 * its {@link Step} and never throws: a failure is a FAILED step with the database's message.
 * Called under the maintenance lock (steps) or from the schedule's thread (figures).
 */
sealed interface Maintenance permits MaintenanceSteps, PostgresSteps {

    /** Done once the schema is ready, before the schedule starts: settings the steps rely on. */
    void prepare();

    Step cleanup();

    Step vacuum();

    Step fullVacuum();

    Step analyze(boolean full);

    Step checkpoint(boolean truncate);

    /** The WAL file's size now; 0 when there is none, and on PostgreSQL (the server manages its WAL). */
    long walBytes();

    /** Free pages per page when the steps can free them ({@code vacuum()} would); 0 otherwise. */
    double freePageRatio() throws SQLException;

    /** A count of rows changed that only grows, or -1 when it cannot be read now without waiting. */
    long changes();

    /** True when the rule's table has a row before {@code cutoff}. */
    boolean hasExpired(RetentionRule rule, Instant cutoff) throws SQLException;
}

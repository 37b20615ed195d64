package dev.noormme.optimize.internal;

import dev.noormme.NoormmeException;
import dev.noormme.cache.internal.CacheEngine;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.health.AlertKind;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.health.Severity;
import dev.noormme.health.internal.MonitorEngine;
import dev.noormme.optimize.OptimizationReport;
import dev.noormme.optimize.OptimizationReport.Outcome;
import dev.noormme.optimize.OptimizationReport.Step;
import dev.noormme.optimize.OptimizationReport.Task;
import dev.noormme.optimize.Optimizer;
import dev.noormme.optimize.RetentionRule;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The {@link Optimizer} of one database, and its lifecycle: {@code Database} opens it, starts its
 * schedule once the schema is ready, adds {@link #health()} to its health check and closes it
 * first. Runs hold the connection layer's maintenance lock, so they never overlap each other or
 * a migration. Not API. Thread-safe.
 */
public final class OptimizerEngine implements Optimizer, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Optimizer.class.getName());

    private final ConnectionManager connections;
    private final MonitorEngine monitor;
    private final DatabaseConfig config;
    private final MaintenanceSteps steps;
    private final Clock clock;
    private final boolean hasFile;
    private final MaintenanceSchedule schedule;
    private volatile OptimizationReport lastRun;
    private volatile long changesAtLastAnalysis;
    private volatile boolean closing;

    private OptimizerEngine(ConnectionManager connections, CacheEngine cache, MonitorEngine monitor,
            DatabaseConfig config, List<RetentionRule> rules, boolean privateDatabase, Clock clock) {
        this.connections = connections;
        this.monitor = monitor;
        this.config = config;
        this.clock = clock;
        Path file = ConnectionManager.fileOf(connections.url());
        String notAFile = file == null ? "in-memory database"
                : privateDatabase ? "private temporary database (no url), deleted when it closes" : null;
        this.hasFile = notAFile == null;
        this.steps = new MaintenanceSteps(connections, cache, rules, file, notAFile, clock, ZoneId.systemDefault(),
                () -> closing || connections.maintenanceAwaited());
        this.schedule = new MaintenanceSchedule(this, config, connections, steps, rules, clock);
    }

    /**
     * The optimizer of a database being opened; called by {@code Database}, not by applications.
     *
     * @param privateDatabase true for the private temporary database of a config without url
     */
    public static OptimizerEngine open(ConnectionManager connections, CacheEngine cache, MonitorEngine monitor,
            DatabaseConfig config, List<RetentionRule> rules, boolean privateDatabase) {
        return new OptimizerEngine(connections, cache, monitor, config, List.copyOf(rules), privateDatabase,
                Clock.systemUTC());
    }

    /**
     * Sets the WAL's {@code journal_size_limit} and starts the schedule (when it is not off).
     * Called once the schema is ready, so no scheduled run meets a half-made schema.
     */
    public void start() {
        if (connections.dialect() != Dialect.SQLITE) {
            // Every step is SQLite's own maintenance (SqliteMaintenance): nothing runs by itself elsewhere.
            LOG.log(Level.DEBUG, "{0}: the optimizer's steps are SQLite''s; no schedule and no thresholds on {1}",
                    connections.url(), connections.dialect());
            return;
        }
        if (hasFile) {
            try {
                connections.write((handle, bytes) -> {
                    SqliteMaintenance.journalSizeLimit(handle, bytes);
                    return null;
                }, config.optimizerWalLimitMb() * 1048576L);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not set journal_size_limit on {0}: {1}", connections.url(), e.getMessage());
            }
        }
        schedule.start();
    }

    @Override
    public OptimizationReport run() {
        return call("run()", EnumSet.allOf(Task.class), false, false, false);
    }

    @Override
    public OptimizationReport analyze() {
        return single("analyze()", Task.ANALYZE, false, false);
    }

    @Override
    public OptimizationReport fullAnalyze() {
        return single("fullAnalyze()", Task.ANALYZE, true, false);
    }

    @Override
    public OptimizationReport vacuum() {
        return single("vacuum()", Task.VACUUM, false, false);
    }

    @Override
    public OptimizationReport fullVacuum() {
        return single("fullVacuum()", Task.VACUUM, true, false);
    }

    @Override
    public OptimizationReport checkpoint() {
        return single("checkpoint()", Task.CHECKPOINT, false, true);
    }

    @Override
    public OptimizationReport cleanup() {
        return single("cleanup()", Task.CLEANUP, false, false);
    }

    @Override
    public Optional<OptimizationReport> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    @Override
    public Optional<Instant> nextRun() {
        return closing ? Optional.empty() : schedule.nextRun();
    }

    /** One step called by the application: its failure is thrown, with the step's reason. */
    private OptimizationReport single(String trigger, Task task, boolean full, boolean truncate) {
        OptimizationReport report = call(trigger, EnumSet.of(task), full, full, truncate);
        for (Step step : report.steps()) {
            if (step.outcome() == Outcome.FAILED) {
                throw new NoormmeException(trigger + " on " + connections.url() + ": " + step.detail());
            }
        }
        return report;
    }

    private OptimizationReport call(String trigger, Set<Task> tasks, boolean fullAnalyze, boolean fullVacuum,
            boolean truncate) {
        if (connections.inTransaction()) {
            throw new IllegalStateException(trigger + " cannot run inside a transaction: maintenance commits as it goes");
        }
        requireOpen();
        return maintenance(() -> execute(trigger, tasks, fullAnalyze, fullVacuum, truncate), true);
    }

    /**
     * A run by the schedule or a threshold: only when no other maintenance runs (otherwise it is
     * left for the next time), PASSIVE checkpoints only; null when it did not run.
     */
    OptimizationReport background(String trigger, Set<Task> tasks) {
        if (closing) {
            return null;
        }
        return maintenance(() -> execute(trigger, tasks, false, false, false), false);
    }

    private OptimizationReport maintenance(Callable<OptimizationReport> work, boolean wait) {
        try {
            return wait ? connections.maintenance(work) : connections.maintenanceIfIdle(work).orElse(null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new NoormmeException("Optimizer run failed: " + e, e);
        }
    }

    private OptimizationReport execute(String trigger, Set<Task> tasks, boolean fullAnalyze, boolean fullVacuum,
            boolean truncate) {
        requireOpen();
        Instant startedAt = clock.instant();
        long start = System.nanoTime();
        long walBefore = steps.walBytes();
        List<Step> done = new ArrayList<>(tasks.size());
        // Cleanup first: the pages it frees are returned by the vacuum after it.
        for (Task task : Task.values()) {
            if (!tasks.contains(task)) {
                continue;
            }
            if (closing) {
                done.add(Step.skipped(task, "the database is closing"));
                continue;
            }
            done.add(switch (task) {
                case CLEANUP -> steps.cleanup();
                case VACUUM -> fullVacuum ? steps.fullVacuum() : steps.vacuum();
                case ANALYZE -> analyze(fullAnalyze);
                case CHECKPOINT -> steps.checkpoint(truncate);
            });
        }
        OptimizationReport report = new OptimizationReport(trigger, startedAt, Duration.ofNanos(System.nanoTime() - start),
                done, walBefore, steps.walBytes());
        lastRun = report;
        publish(report);
        return report;
    }

    private Step analyze(boolean full) {
        long changes = schedule.changes();
        Step step = steps.analyze(full);
        if (step.outcome() == Outcome.DONE && changes >= 0) {
            changesAtLastAnalysis = changes;
        }
        return step;
    }

    /** Logs the report and tells the monitor about failures, partial steps and scheduled work. */
    private void publish(OptimizationReport report) {
        LOG.log(report.failed() ? Level.WARNING : Level.INFO, "{0}: {1}", connections.url(), report);
        for (Step step : report.steps()) {
            // One subject per task, so that a failure is never kept quiet by another step's alert.
            String subject = step.task().name().toLowerCase(Locale.ROOT) + " of " + connections.url();
            if (step.outcome() == Outcome.FAILED) {
                monitor.alert(Severity.WARNING, AlertKind.MAINTENANCE, subject,
                        "Optimizer step " + step.task() + " (" + report.trigger() + ") failed: " + step.detail(),
                        "Call database.optimizer()." + step.task().name().toLowerCase(Locale.ROOT)
                                + "() again once the cause is gone; nothing was lost");
            } else if (step.outcome() == Outcome.PARTIAL) {
                monitor.alert(Severity.WARNING, AlertKind.MAINTENANCE, subject,
                        "Optimizer step " + step.task() + " was partial: " + step.detail(),
                        "Close long reads and streams sooner; the next checkpoint copies the rest");
            }
        }
        boolean didWork = report.pagesFreed() > 0 || report.rowsDeleted().values().stream().anyMatch(rows -> rows > 0);
        if (!report.failed() && didWork) {
            monitor.alert(Severity.INFO, AlertKind.MAINTENANCE, "runs of " + connections.url(), report.toString().lines().findFirst().orElse(""),
                    "None: this reports maintenance that ran as planned");
        }
    }

    /** Rows changed since the last analysis, or -1 when the writer was busy and the figure unknown. */
    long changesSinceAnalysis(long changes) {
        return changes < 0 ? -1 : changes - changesAtLastAnalysis;
    }

    /**
     * The "maintenance" check: the last run and its outcome, the next run; DEGRADED when the last
     * run had a failed step.
     */
    public HealthReport health() {
        long start = System.nanoTime();
        OptimizationReport last = lastRun;
        String next = nextRun().map(at -> "next run at " + at).orElse("schedule " + config.optimizerSchedule());
        HealthStatus status = HealthStatus.UP;
        List<String> recommendations = new ArrayList<>();
        String detail;
        if (last == null) {
            detail = "no optimizer run since the open; " + next;
        } else {
            detail = "last run at " + last.startedAt() + " (" + last.trigger() + "): "
                    + last.toString().lines().findFirst().orElse("") + outcomes(last) + "; " + next;
            if (last.failed()) {
                status = HealthStatus.DEGRADED;
                last.steps().stream().filter(step -> step.outcome() == Outcome.FAILED).forEach(step ->
                        recommendations.add("Optimizer step " + step.task() + " failed: " + step.detail()));
            }
        }
        return new HealthReport(List.of(new HealthCheck("maintenance", status, detail,
                Duration.ofNanos(System.nanoTime() - start))), recommendations);
    }

    private static String outcomes(OptimizationReport report) {
        List<String> parts = new ArrayList<>();
        for (Step step : report.steps()) {
            parts.add(step.task().name().toLowerCase(Locale.ROOT) + " " + step.outcome());
        }
        return " [" + String.join(", ", parts) + "]";
    }

    private void requireOpen() {
        if (closing) {
            throw new NoormmeException("The database " + connections.url() + " is closed");
        }
    }

    /**
     * Stops the schedule and waits for a run in progress, which stops after its current batch.
     * Idempotent.
     */
    @Override
    public void close() {
        closing = true;
        schedule.close(config.busyTimeout().plusSeconds(1));
        try {
            // Waits for a run called by the application: it stops after its batch, and must report
            // to the monitor and end its statements before they close.
            connections.maintenance(() -> null);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Waiting for the optimizer run of " + connections.url() + " failed", e);
        }
    }
}

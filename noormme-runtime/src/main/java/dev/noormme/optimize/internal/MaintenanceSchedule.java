package dev.noormme.optimize.internal;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.OptimizerSchedule;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.optimize.OptimizationReport.Task;
import dev.noormme.optimize.RetentionRule;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The optimizer's own thread, {@code noormme-optimizer} (a daemon, only when the schedule is not
 * off): a full run at each scheduled time, and between them a look at the thresholds every
 * {@link DatabaseConfig#optimizerCheckInterval()}, running only the steps that are due. Reads
 * its figures on a reader, and the writer's change count only when the writer is idle, so a check
 * never waits behind the application. Thread-safe.
 */
final class MaintenanceSchedule {

    private static final System.Logger LOG = System.getLogger(MaintenanceSchedule.class.getName());

    private final OptimizerEngine optimizer;
    private final DatabaseConfig config;
    private final ConnectionManager connections;
    private final Maintenance steps;
    private final List<RetentionRule> rules;
    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault();
    private ScheduledExecutorService thread;
    private volatile Instant nextRun;

    MaintenanceSchedule(OptimizerEngine optimizer, DatabaseConfig config, ConnectionManager connections,
            Maintenance steps, List<RetentionRule> rules, Clock clock) {
        this.optimizer = optimizer;
        this.config = config;
        this.connections = connections;
        this.steps = steps;
        this.rules = rules;
        this.clock = clock;
    }

    synchronized void start() {
        OptimizerSchedule schedule = config.optimizerSchedule();
        if (schedule.isOff() || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, "noormme-optimizer");
            daemon.setDaemon(true);
            return daemon;
        });
        scheduleNextRun();
        long check = config.optimizerCheckInterval().toMillis();
        thread.scheduleWithFixedDelay(this::checkThresholds, check, check, TimeUnit.MILLISECONDS);
    }

    Optional<Instant> nextRun() {
        return Optional.ofNullable(nextRun);
    }

    private synchronized void scheduleNextRun() {
        if (thread == null || thread.isShutdown()) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        Optional<ZonedDateTime> next = config.optimizerSchedule().nextRun(now, zone);
        if (next.isEmpty()) {
            return;
        }
        nextRun = next.get().toInstant();
        long delay = Math.max(0, Duration.between(now, next.get()).toMillis());
        try {
            thread.schedule(this::scheduledRun, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            nextRun = null;
        }
    }

    private void scheduledRun() {
        try {
            if (optimizer.background("schedule " + config.optimizerSchedule(), EnumSet.allOf(Task.class)) == null) {
                LOG.log(Level.INFO, "{0}: the scheduled optimizer run was left out, as other maintenance was running",
                        connections.url());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled optimizer run of " + connections.url() + " failed", e);
        } finally {
            scheduleNextRun();
        }
    }

    /** Runs the steps whose thresholds are crossed; a failure is logged and the next check goes on. */
    void checkThresholds() {
        try {
            List<String> reasons = new ArrayList<>();
            EnumSet<Task> due = dueTasks(reasons);
            if (!due.isEmpty()) {
                optimizer.background(String.join(", ", reasons), due);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The optimizer's threshold check of " + connections.url() + " failed", e);
        }
    }

    /** The steps due now, each with its reason added to {@code reasons}. */
    EnumSet<Task> dueTasks(List<String> reasons) throws SQLException {
        EnumSet<Task> due = EnumSet.noneOf(Task.class);
        long wal = steps.walBytes();
        long walLimit = config.optimizerWalLimitMb() * 1048576L;
        if (wal > walLimit) {
            due.add(Task.CHECKPOINT);
            reasons.add(String.format(Locale.ROOT, "WAL %.1f MiB past %d MiB", wal / 1048576.0,
                    config.optimizerWalLimitMb()));
        }
        double ratio = steps.freePageRatio();
        if (ratio > config.optimizerFreePageRatio()) {
            due.add(Task.VACUUM);
            reasons.add(String.format(Locale.ROOT, "free pages %.0f%% past %.0f%%", ratio * 100,
                    config.optimizerFreePageRatio() * 100));
        }
        long changed = optimizer.changesSinceAnalysis(changes());
        if (changed >= config.optimizerAnalyzeAfterChanges()) {
            due.add(Task.ANALYZE);
            reasons.add(changed + " rows changed since the last analysis");
        }
        Instant now = clock.instant();
        for (RetentionRule rule : rules) {
            Instant cutoff = now.minus(rule.period());
            if (steps.hasExpired(rule, cutoff)) {
                due.add(Task.CLEANUP);
                reasons.add(rule.table() + " has rows past " + MaintenanceSteps.text(rule.period()));
            }
        }
        return due;
    }

    /** Rows changed so far, or -1 when unknown now (the check never waits for the application). */
    long changes() {
        return steps.changes();
    }

    /** Stops the thread, waiting up to {@code wait} for a run in progress to end its current batch. */
    void close(Duration wait) {
        ScheduledExecutorService running;
        synchronized (this) {
            nextRun = null;
            running = thread;
            if (running == null) {
                return;
            }
            running.shutdownNow();
        }
        // Outside the lock: a run ending now schedules nothing, but must not wait for it.
        try {
            if (!running.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "The optimizer of {0} did not stop within {1}", connections.url(), wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

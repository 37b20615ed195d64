package dev.noormme.optimize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one optimizer run did: each step with its outcome, what it did, how long it took, the
 * pages it freed and the rows it deleted per table; and the WAL's size before and after. Immutable
 * and thread-safe; {@link #toString()} is a report for a person, one line per step.
 *
 * @param trigger why the run happened: {@code run()}, {@code vacuum()}..., {@code schedule}, or
 *        the thresholds that were crossed
 * @param startedAt when it started
 * @param duration how long it took
 * @param steps its steps, in the order they ran
 * @param walBytesBefore the WAL file's size before the run, 0 when there is none
 * @param walBytesAfter the WAL file's size after the run, 0 when there is none
 */
public record OptimizationReport(String trigger, Instant startedAt, Duration duration, List<Step> steps,
        long walBytesBefore, long walBytesAfter) {

    /** A kind of maintenance. */
    public enum Task {
        /** Deleting rows past their retention period. */
        CLEANUP,
        /** Returning free pages to the file system. */
        VACUUM,
        /** Refreshing the query planner's statistics. */
        ANALYZE,
        /** Copying the WAL into the database file. */
        CHECKPOINT
    }

    /** How a step ended. */
    public enum Outcome {
        /** It did all its work. */
        DONE,
        /** It did some of its work and could not do the rest now (a checkpoint blocked by readers). */
        PARTIAL,
        /** It stopped after a batch because the database is closing or a migration is waiting. */
        STOPPED,
        /** It did nothing, for the reason in its detail. */
        SKIPPED,
        /** It failed; its detail says why. What it committed before stays committed. */
        FAILED
    }

    /**
     * One step of a run.
     *
     * @param task what kind of maintenance
     * @param outcome how it ended
     * @param detail what it did, or why it did nothing, for a person to read
     * @param duration how long it took
     * @param pagesFreed pages returned to the file system
     * @param rowsDeleted rows deleted, per table (empty for steps that delete nothing)
     */
    public record Step(Task task, Outcome outcome, String detail, Duration duration, long pagesFreed,
            Map<String, Long> rowsDeleted) {

        public Step {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(duration, "duration");
            rowsDeleted = Collections.unmodifiableMap(new LinkedHashMap<>(rowsDeleted));
        }

        /** A step that did nothing, and why. */
        public static Step skipped(Task task, String reason) {
            return new Step(task, Outcome.SKIPPED, reason, Duration.ZERO, 0, Map.of());
        }
    }

    public OptimizationReport {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        steps = List.copyOf(steps);
    }

    /** The step of that task, if the run had one. */
    public Optional<Step> step(Task task) {
        return steps.stream().filter(step -> step.task() == task).findFirst();
    }

    /** Every page the run returned to the file system. */
    public long pagesFreed() {
        return steps.stream().mapToLong(Step::pagesFreed).sum();
    }

    /** Rows deleted per table, over every step. */
    public Map<String, Long> rowsDeleted() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Step step : steps) {
            step.rowsDeleted().forEach((table, count) -> rows.merge(table, count, Long::sum));
        }
        return Collections.unmodifiableMap(rows);
    }

    /** The steps that did nothing, each with its reason. */
    public List<Step> skipped() {
        return steps.stream().filter(step -> step.outcome() == Outcome.SKIPPED).toList();
    }

    /** True when a step failed. */
    public boolean failed() {
        return steps.stream().anyMatch(step -> step.outcome() == Outcome.FAILED);
    }

    /**
     * The report for a person:
     * <pre>
     * Optimizer run (run()) took 41.2 ms: 3 rows deleted, 12 pages freed, WAL 61,832 -&gt; 0 bytes
     *   cleanup     DONE      3.1 ms  audit_events: 3 rows older than 90d
     *   vacuum      DONE      1.4 ms  12 free pages returned to the file system
     *   ...
     * </pre>
     */
    @Override
    public String toString() {
        long rows = rowsDeleted().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Optimizer run (%s) took %s: %,d rows deleted, %,d pages freed, WAL %,d -> %,d bytes",
                trigger, millis(duration), rows, pagesFreed(), walBytesBefore, walBytesAfter));
        List<String> lines = new ArrayList<>();
        for (Step step : steps) {
            lines.add(String.format(Locale.ROOT, "  %-10s  %-8s %9s  %s", step.task().name().toLowerCase(Locale.ROOT),
                    step.outcome(), millis(step.duration()), step.detail()));
        }
        for (String line : lines) {
            text.append('\n').append(line);
        }
        return text.toString();
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }
}

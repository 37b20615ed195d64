package dev.noormme.health.internal;

import dev.noormme.health.Alert;
import dev.noormme.health.AlertKind;
import dev.noormme.health.Monitor;
import dev.noormme.health.QueryStats;
import dev.noormme.health.Severity;
import dev.noormme.health.SlowQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The {@link Monitor} of one database, and what the runtime calls to feed it: {@link #start()}
 * before a query and {@link #record} after it. Recording takes no lock and allocates nothing
 * unless the run was slow; everything else (gathering figures, explaining slow statements,
 * alerts and their listeners) happens on one daemon thread, {@code noormme-monitor}.
 *
 * <p>Not API: {@code Database} makes one; generated code reaches it through
 * {@code RepositorySupport}. Thread-safe.
 */
public final class MonitorEngine implements Monitor, AutoCloseable {

    private static final int SLOW_QUERIES_KEPT = 100;
    private static final int PLANS_KEPT = 256;
    private static final long HARVEST_SECONDS = 15;

    private final boolean enabled;
    private final long defaultThresholdNanos;
    private final ToLongFunction<String> cacheHits;
    private final Function<String, String> explain;
    private final Alerts alerts;
    private final Map<String, QueryMeter> meters = new ConcurrentHashMap<>();
    private final Map<String, Long> thresholds = new ConcurrentHashMap<>();
    private final Map<String, String> plans = new ConcurrentHashMap<>();
    private final ArrayDeque<SlowQuery> slow = new ArrayDeque<>();
    private final LongAdder busyRetries = new LongAdder();
    private final ScheduledExecutorService worker;
    private volatile BiFunction<String, String, String> advisor = (sql, plan) -> "";

    /**
     * @param enabled false to record nothing at all (the figures stay empty)
     * @param defaultThreshold the environment's slow-query threshold
     * @param alertInterval how long an alert for the same subject stays quiet after it was raised
     * @param cacheHits the cache's hits of a query name
     * @param explain the plan of a statement as text, or "" when it cannot be explained; runs on
     *        the monitor's thread
     */
    public MonitorEngine(boolean enabled, Duration defaultThreshold, Duration alertInterval,
            ToLongFunction<String> cacheHits, Function<String, String> explain) {
        this.enabled = enabled;
        this.defaultThresholdNanos = defaultThreshold.toNanos();
        this.cacheHits = cacheHits;
        this.explain = explain;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "noormme-monitor");
            thread.setDaemon(true);
            return thread;
        });
        this.alerts = new Alerts(alertInterval);
        if (enabled) {
            worker.scheduleAtFixedRate(this::harvestAll, HARVEST_SECONDS, HARVEST_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The start of a run to {@link #record}: {@code System.nanoTime()}, or 0 when monitoring is off. */
    public long start() {
        return enabled ? System.nanoTime() : 0L;
    }

    /**
     * Records a run of {@code name} that began at {@code start}.
     *
     * @param sql the statement, for the slow-query list and its plan; "" when there is none
     * @param failed true when the run threw
     */
    public void record(String name, String sql, long start, boolean failed) {
        if (!enabled) {
            return;
        }
        long nanos = System.nanoTime() - start;
        QueryMeter meter = meter(name);
        if (meter.record(nanos, failed)) {
            long threshold = meter.thresholdNanos();
            Instant at = Instant.now();
            onMonitorThread(() -> slowQuery(name, sql, nanos, threshold, at));
        }
    }

    /**
     * Sets the slow-query threshold of a query name, or of every query of a repository when
     * {@code nameOrRepository} has no dot; a query's own threshold wins over its repository's.
     */
    public void threshold(String nameOrRepository, Duration threshold) {
        Objects.requireNonNull(nameOrRepository, "nameOrRepository");
        long nanos = threshold.toNanos();
        if (nanos <= 0) {
            throw new IllegalArgumentException("A slow-query threshold must be positive, not " + threshold);
        }
        Long previous = thresholds.put(nameOrRepository, nanos);
        if (previous == null || previous != nanos) {
            String repositoryPrefix = nameOrRepository + ".";
            for (QueryMeter meter : meters.values()) {
                if (meter.name().equals(nameOrRepository) || meter.name().startsWith(repositoryPrefix)) {
                    meter.thresholdNanos(thresholdOf(meter.name()));
                }
            }
        }
    }

    /**
     * Sets what recommends an index for a slow statement from its SQL and plan ("" for none); it
     * runs on the monitor's thread and its advice becomes the slow-query alert's recommendation.
     */
    public void advisor(BiFunction<String, String, String> advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
    }

    /**
     * Runs {@code task} every {@code period} on the monitor's thread while monitoring is on; a
     * task that throws is logged and runs again at its next time.
     */
    public void every(Duration period, Runnable task) {
        if (!enabled) {
            return;
        }
        long millis = period.toMillis();
        worker.scheduleAtFixedRate(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                System.getLogger("dev.noormme.health").log(System.Logger.Level.WARNING, "A periodic health check failed", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Counts one retry of a call that met a busy database: a counter add, on the caller's thread. */
    public void busyRetried() {
        busyRetries.increment();
    }

    @Override
    public long busyRetries() {
        return busyRetries.sum();
    }

    /** Raises an alert (rate-limited per kind and subject) on the monitor's thread. */
    public void alert(Severity severity, AlertKind kind, String subject, String message, String recommendation) {
        onMonitorThread(() -> alerts.raise(severity, kind, subject, message, recommendation));
    }

    /** Hands work to the monitor's thread; after {@link #close()} it is dropped, never thrown at a query. */
    private void onMonitorThread(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException closed) {
            // The database closed while this query finished: nobody reads its figures any more.
        }
    }

    @Override
    public QueryStats stats(String name) {
        Objects.requireNonNull(name, "name");
        QueryMeter meter = meters.get(name);
        long hits = cacheHits.applyAsLong(name);
        if (meter == null) {
            return hits == 0 ? QueryStats.empty(name) : new QueryStats(name, 0, 0, hits, Duration.ZERO,
                    Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        meter.harvest(epochMinute());
        return meter.stats(hits);
    }

    @Override
    public QueryStats stats(String name, Duration window) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("The window must be positive, not " + window);
        }
        QueryMeter meter = meters.get(name);
        long hits = cacheHits.applyAsLong(name);
        if (meter == null) {
            return stats(name);
        }
        long minute = epochMinute();
        meter.harvest(minute);
        return meter.stats(window, minute, hits);
    }

    @Override
    public List<String> names() {
        return List.copyOf(new TreeSet<>(meters.keySet()));
    }

    @Override
    public List<QueryStats> all() {
        List<QueryStats> all = new ArrayList<>();
        for (String name : names()) {
            all.add(stats(name));
        }
        return all;
    }

    @Override
    public List<SlowQuery> slowQueries() {
        synchronized (slow) {
            return List.copyOf(slow);
        }
    }

    @Override
    public void onAlert(Consumer<Alert> listener) {
        alerts.listen(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void reset() {
        busyRetries.reset();
        meters.values().forEach(QueryMeter::reset);
        synchronized (slow) {
            slow.clear();
        }
    }

    /** Stops the monitor's thread; figures stay readable. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private QueryMeter meter(String name) {
        QueryMeter meter = meters.get(name);
        return meter != null ? meter : meters.computeIfAbsent(name, key -> new QueryMeter(key, thresholdOf(key)));
    }

    private long thresholdOf(String name) {
        Long own = thresholds.get(name);
        if (own != null) {
            return own;
        }
        int dot = name.lastIndexOf('.');
        Long repository = dot < 0 ? null : thresholds.get(name.substring(0, dot));
        return repository != null ? repository : defaultThresholdNanos;
    }

    private void slowQuery(String name, String sql, long nanos, long threshold, Instant at) {
        String plan = sql.isEmpty() ? "" : plans.computeIfAbsent(sql, explain);
        if (plans.size() > PLANS_KEPT) {
            plans.clear();
        }
        String advice = sql.isEmpty() ? "" : advisor.apply(sql, plan);
        SlowQuery query = new SlowQuery(name, sql, Duration.ofNanos(nanos), at, plan, Duration.ofNanos(threshold));
        synchronized (slow) {
            if (slow.size() == SLOW_QUERIES_KEPT) {
                slow.removeLast();
            }
            slow.addFirst(query);
        }
        alerts.raise(Severity.WARNING, AlertKind.SLOW_QUERY, name,
                name + " took " + millis(query.duration()) + ", over its threshold of " + millis(query.threshold())
                        + (plan.isEmpty() ? "" : "; plan: " + plan.replace('\n', ';')),
                advice.isEmpty() ? noIndexAdvice(plan) : advice);
    }

    private static String noIndexAdvice(String plan) {
        return plan.contains("SCAN ")
                ? "No single-column index would turn its scan into a search (SQLite was asked): read fewer rows,"
                        + " or see its plan in monitor().slowQueries()."
                : "If this duration is expected, raise its threshold with @SlowQueryThreshold; monitor().stats(name)"
                        + " shows how its runs are spread.";
    }

    private void harvestAll() {
        long minute = epochMinute();
        for (QueryMeter meter : meters.values()) {
            meter.harvest(minute);
        }
    }

    private static long epochMinute() {
        return System.currentTimeMillis() / 60_000;
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }
}

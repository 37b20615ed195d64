package dev.noormme.health.internal;

import dev.noormme.CircuitOpenException;
import dev.noormme.cache.CacheStats;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.PoolState;
import dev.noormme.connection.Waits;
import dev.noormme.health.AlertKind;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.health.QueryStats;
import dev.noormme.health.Severity;
import dev.noormme.health.SlowQuery;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The monitor's health checks — integrity, pool waits, WAL size, free pages, cache hit rate,
 * slow-query rate, error rate — and the alerts they raise. {@link #integrity()} and {@link #check()} run
 * them for {@code Database.healthCheck()}; {@link #evaluate()} runs them every
 * {@value #EVALUATION_SECONDS} seconds on the monitor's thread (integrity once an hour, since
 * {@code quick_check} reads the whole file). Either way, a check that finds a problem raises its
 * alert through {@link MonitorEngine#alert}, which is rate-limited per kind and subject, so a
 * problem seen by both is raised once per alert interval.
 *
 * <p>When each check is DEGRADED or DOWN is stated on its method and in the README; a check that
 * cannot read what it needs reports DOWN with the error. Thread-safe.
 */
public final class HealthWatch {

    static final long EVALUATION_SECONDS = 15;
    /** Error and slow-query rates are taken over this window (whole minutes). */
    static final Duration RATE_WINDOW = Duration.ofMinutes(5);
    /** A pool wait past the threshold keeps the pool-waits check DEGRADED this long. */
    static final Duration POOL_MEMORY = Duration.ofMinutes(15);
    private static final Duration INTEGRITY_PERIOD = Duration.ofHours(1);
    private static final int MAX_PROBLEMS = 10;

    /** Where a check turns DEGRADED; the defaults are documented in the README. */
    record Limits(long walBytes, double freeRatio, long freeBytes, long cacheMinReads, double cacheLowHitRate,
            double slowRate, long slowMin, double errorRate, long errorMin) {

        static final Limits DEFAULTS = new Limits(64L << 20, 0.25, 1L << 20, 100, 0.2, 0.05, 3, 0.10, 5);
    }

    private final ConnectionManager connections;
    private final MonitorEngine monitor;
    private final IndexAdvisor advisor;
    private final Supplier<Set<String>> cachedNames;
    private final Supplier<CacheStats> cacheStats;
    private final Limits limits;
    private final AtomicLong readerWaitsSeen = new AtomicLong();
    private final AtomicLong writerWaitsSeen = new AtomicLong();
    private volatile Instant integrityDue;

    /**
     * @param cachedNames the names of the cached queries (their hit rates are checked)
     * @param cacheStats the whole cache's figures, for the check's detail
     */
    public HealthWatch(ConnectionManager connections, MonitorEngine monitor, IndexAdvisor advisor,
            Supplier<Set<String>> cachedNames, Supplier<CacheStats> cacheStats) {
        this(connections, monitor, advisor, cachedNames, cacheStats, Limits.DEFAULTS);
    }

    HealthWatch(ConnectionManager connections, MonitorEngine monitor, IndexAdvisor advisor,
            Supplier<Set<String>> cachedNames, Supplier<CacheStats> cacheStats, Limits limits) {
        this.connections = connections;
        this.monitor = monitor;
        this.advisor = advisor;
        this.cachedNames = cachedNames;
        this.cacheStats = cacheStats;
        this.limits = limits;
        this.integrityDue = Instant.now().plus(INTEGRITY_PERIOD);
    }

    /** Schedules {@link #evaluate()} on the monitor's thread (nothing when monitoring is off). */
    public void start() {
        monitor.every(Duration.ofSeconds(EVALUATION_SECONDS), this::evaluate);
    }

    /**
     * The integrity check alone ({@code PRAGMA quick_check} reads the whole file); raises a
     * CRITICAL alert when it fails.
     */
    public HealthReport integrity() {
        Run run = new Run();
        integrityDue = Instant.now().plus(INTEGRITY_PERIOD);
        integrity(run);
        return run.report();
    }

    /**
     * Every check but integrity — pool waits, WAL size, free pages, cache hit rate, slow-query
     * rate, error rate — with its recommendations; raises the alerts of what it finds.
     */
    public HealthReport check() {
        Run run = new Run();
        poolWaits(run, connections.state());
        storage(run);
        cacheHitRate(run);
        slowQueryRate(run);
        errorRate(run);
        return run.report();
    }

    /** The periodic run: every check, integrity only when an hour has passed since the last. */
    void evaluate() {
        if (!Instant.now().isBefore(integrityDue)) {
            integrity();
        }
        check();
    }

    /**
     * DOWN when the file's header is not SQLite's (a file replaced by one that is not a database),
     * or {@code PRAGMA quick_check} reports a problem or cannot run.
     */
    private void integrity(Run run) {
        if (!readsStorage()) {
            return;
        }
        long start = System.nanoTime();
        String subject = subject();
        String header = SqliteStorage.headerProblem(connections.url());
        if (header != null) {
            run.check("integrity", HealthStatus.DOWN, header, start);
            damaged(run, subject, header);
            return;
        }
        try {
            List<String> problems = SqliteStorage.quickCheck(connections, MAX_PROBLEMS);
            if (SqliteStorage.sound(problems)) {
                run.check("integrity", HealthStatus.UP, "PRAGMA quick_check: ok", start);
                return;
            }
            String detail = "PRAGMA quick_check: " + String.join("; ", problems);
            run.check("integrity", HealthStatus.DOWN, detail, start);
            damaged(run, subject, detail);
        } catch (CircuitOpenException refused) {
            // The file was not read, so nothing is known of its integrity: calling it damaged
            // (and advising a restore) would send an operator after the wrong problem.
            run.check("integrity", HealthStatus.DEGRADED, "not checked: the circuit breaker is open (see the"
                    + " 'circuit breaker' check)", start);
        } catch (SQLException | RuntimeException e) {
            String detail = "PRAGMA quick_check failed: " + e.getMessage();
            run.check("integrity", HealthStatus.DOWN, detail, start);
            damaged(run, subject, detail);
        }
    }

    /**
     * True when the integrity and storage checks can run: they read SQLite's file and PRAGMAs
     * ({@link SqliteStorage}), so on another dialect they are left out of the report.
     */
    private boolean readsStorage() {
        return connections.dialect() == Dialect.SQLITE;
    }

    private void damaged(Run run, String subject, String detail) {
        String recommendation = "The database file is damaged: stop writing to it and restore it from a backup"
                + " (database.migrations().restore(path)); the sqlite3 shell's .recover may save rows written since";
        run.recommendations.add(recommendation);
        alert(Severity.CRITICAL, AlertKind.INTEGRITY, subject, subject + " failed its integrity check: " + detail,
                recommendation);
    }

    /**
     * DEGRADED when a caller waited for a reader or for the writer longer than the pool's wait
     * threshold (half the busy timeout) in the last 15 minutes. Each new such wait raises a
     * POOL_EXHAUSTION warning.
     */
    private void poolWaits(Run run, PoolState pool) {
        long start = System.nanoTime();
        Waits readers = pool.readerWaits();
        Waits writer = pool.writerWaits();
        Instant recent = Instant.now().minus(POOL_MEMORY);
        boolean readersLate = readers.latestOverThresholdAt() != null && readers.latestOverThresholdAt().isAfter(recent);
        boolean writerLate = writer.latestOverThresholdAt() != null && writer.latestOverThresholdAt().isAfter(recent);
        String detail = "readers: " + waits(readers) + "; writer: " + waits(writer) + "; " + pool.connectionsInUse()
                + " connections in use; threshold " + Figures.duration(pool.waitThreshold());
        run.check("pool waits", readersLate || writerLate ? HealthStatus.DEGRADED : HealthStatus.UP, detail, start);
        String readerAdvice = "Raise readerPoolSize (now " + pool.readersTotal() + "), or shorten long reads and close"
                + " streams sooner: every reader was in use";
        String writerAdvice = "Shorten transactions: one transaction holds the writer from BEGIN to COMMIT and every other"
                + " write waits for it, so keep slow work (network calls, computations) outside inTransaction";
        if (readersLate) {
            run.recommendations.add(readerAdvice);
        }
        if (writerLate) {
            run.recommendations.add(writerAdvice);
        }
        if (readers.overThreshold() > readerWaitsSeen.getAndSet(readers.overThreshold())) {
            alert(Severity.WARNING, AlertKind.POOL_EXHAUSTION, "reader pool", "A caller waited "
                    + Figures.duration(readers.latestOverThreshold()) + " for a reader connection, past the threshold of "
                    + Figures.duration(pool.waitThreshold()) + " (" + readers.overThreshold()
                    + " such waits since the database opened)", readerAdvice);
        }
        if (writer.overThreshold() > writerWaitsSeen.getAndSet(writer.overThreshold())) {
            alert(Severity.WARNING, AlertKind.POOL_EXHAUSTION, "writer", "A caller waited "
                    + Figures.duration(writer.latestOverThreshold()) + " for the writer, past the threshold of "
                    + Figures.duration(pool.waitThreshold()) + " (" + writer.overThreshold()
                    + " such waits since the database opened)", writerAdvice);
        }
    }

    private static String waits(Waits waits) {
        return waits.count() == 0 ? "no waits"
                : waits.count() + (waits.count() == 1 ? " wait" : " waits") + ", longest " + Figures.duration(waits.longest())
                        + (waits.overThreshold() == 0 ? "" : ", " + waits.overThreshold() + " past the threshold");
    }

    /**
     * WAL size: DEGRADED past 64 MiB. Free pages: DEGRADED when they are at least a quarter of the
     * file and at least 1 MiB. DOWN, both, when the figures cannot be read.
     */
    private void storage(Run run) {
        if (!readsStorage()) {
            return;
        }
        long start = System.nanoTime();
        SqliteStorage.Figures figures;
        try {
            figures = SqliteStorage.figures(connections);
        } catch (SQLException | RuntimeException e) {
            run.check("WAL size", HealthStatus.DOWN, "cannot read the storage figures: " + e.getMessage(), start);
            run.check("free pages", HealthStatus.DOWN, "cannot read the storage figures: " + e.getMessage(), start);
            return;
        }
        long read = System.nanoTime();
        String subject = subject();
        if (figures.walBytes() > limits.walBytes()) {
            String recommendation = "Run PRAGMA wal_checkpoint(TRUNCATE) at a quiet time: it copies the WAL into the"
                    + " database and truncates it to zero bytes. A WAL that keeps growing means a long read or an open"
                    + " stream keeps checkpoints from finishing";
            run.check("WAL size", HealthStatus.DEGRADED, "WAL " + Figures.bytes(figures.walBytes()) + ", past the limit of "
                    + Figures.bytes(limits.walBytes()), start);
            run.recommendations.add(recommendation);
            alert(Severity.WARNING, AlertKind.WAL_SIZE, subject, "The WAL of " + subject + " is "
                    + Figures.bytes(figures.walBytes()) + ", past the limit of " + Figures.bytes(limits.walBytes()),
                    recommendation);
        } else {
            run.check("WAL size", HealthStatus.UP, ConnectionManager.fileOf(connections.url()) == null
                    ? "no WAL (in-memory database)" : "WAL " + Figures.bytes(figures.walBytes()), start);
        }
        String free = figures.freePages() + " of " + figures.pageCount() + " pages free ("
                + Figures.percent(figures.freeRatio()) + ", " + Figures.bytes(figures.freeBytes()) + ")";
        if (figures.freeRatio() >= limits.freeRatio() && figures.freeBytes() >= limits.freeBytes()) {
            String recommendation = "Run VACUUM to give " + Figures.bytes(figures.freeBytes()) + " ("
                    + Figures.percent(figures.freeRatio()) + " of the file) back to the file system. It rewrites the whole"
                    + " file: it takes about as long as copying it, needs free disk space of up to twice its size ("
                    + Figures.bytes(figures.fileBytes()) + " now), and holds the writer meanwhile (readers go on), so run"
                    + " it at a quiet time";
            run.check("free pages", HealthStatus.DEGRADED, free, read);
            run.recommendations.add(recommendation);
            alert(Severity.INFO, AlertKind.FREE_PAGES, subject, subject + ": " + free, recommendation);
        } else {
            run.check("free pages", HealthStatus.UP, free, read);
        }
    }

    /**
     * DEGRADED when a cached query that was read at least 100 times was answered by the cache in
     * fewer than a fifth of its reads (a miss is a run on the database).
     */
    private void cacheHitRate(Run run) {
        long start = System.nanoTime();
        CacheStats stats = cacheStats.get();
        List<String> low = new ArrayList<>();
        for (String name : new TreeSet<>(cachedNames.get())) {
            QueryStats query = monitor.stats(name);
            long reads = query.cacheHits() + query.count();
            if (reads < limits.cacheMinReads()) {
                continue;
            }
            double rate = (double) query.cacheHits() / reads;
            if (rate < limits.cacheLowHitRate()) {
                low.add(name + " " + Figures.percent(rate) + " of " + reads + " reads");
                String recommendation = name + " is cached, but the cache answered only " + query.cacheHits() + " of its "
                        + reads + " reads (" + Figures.percent(rate) + "): its results expire or are evicted by writes to"
                        + " its tables before they are read again, or its arguments rarely repeat. Give it a longer ttl,"
                        + " or remove @Cached to save the memory";
                run.recommendations.add(recommendation);
                alert(Severity.INFO, AlertKind.CACHE_HIT_RATE, name, name + ": cache hit rate "
                        + Figures.percent(rate) + " over " + reads + " reads", recommendation);
            }
        }
        String detail = "hits " + stats.hits() + ", misses " + stats.misses() + ", hit rate "
                + Figures.percent(stats.hitRate()) + ", " + stats.size() + " entries"
                + (low.isEmpty() ? "" : "; low: " + String.join(", ", low));
        run.check("cache hit rate", low.isEmpty() ? HealthStatus.UP : HealthStatus.DEGRADED, detail, start);
    }

    /**
     * DEGRADED when, over the last 5 minutes, at least 3 runs and more than 5% of all runs passed
     * their slow-query threshold (counted from the slow-query list, which keeps the last 100). The
     * index advice of every listed slow query is a recommendation either way.
     */
    private void slowQueryRate(Run run) {
        long start = System.nanoTime();
        Instant since = Instant.now().minus(RATE_WINDOW);
        long slow = 0;
        Set<String> slowNames = new TreeSet<>();
        Set<String> advice = new LinkedHashSet<>();
        for (SlowQuery query : monitor.slowQueries()) {
            String known = advisor.known(query.sql());
            if (!known.isEmpty()) {
                advice.add(query.name() + ": " + known);
            }
            if (query.at().isAfter(since)) {
                slow++;
                slowNames.add(query.name());
            }
        }
        long runs = 0;
        for (String name : monitor.names()) {
            runs += monitor.stats(name, RATE_WINDOW).count();
        }
        double rate = runs == 0 ? 0 : (double) slow / runs;
        boolean degraded = slow >= limits.slowMin() && rate > limits.slowRate();
        run.check("slow-query rate", degraded ? HealthStatus.DEGRADED : HealthStatus.UP, slow + " of " + runs
                + " runs in the last 5 minutes passed their threshold (" + Figures.percent(rate) + ")"
                + (slowNames.isEmpty() ? "" : ": " + String.join(", ", slowNames)), start);
        if (degraded && advice.isEmpty()) {
            run.recommendations.add("See monitor().slowQueries() for the plans of " + String.join(", ", slowNames)
                    + ": a SCAN of a large table is the usual cause");
        }
        run.recommendations.addAll(advice);
    }

    /**
     * DEGRADED when a query failed at least 5 times and in more than a tenth of its runs over the
     * last 5 minutes; each such query raises an ERROR_RATE warning naming it.
     */
    private void errorRate(Run run) {
        long start = System.nanoTime();
        List<String> failing = new ArrayList<>();
        long runs = 0;
        long errors = 0;
        for (String name : monitor.names()) {
            QueryStats stats = monitor.stats(name, RATE_WINDOW);
            runs += stats.count();
            errors += stats.errors();
            if (stats.errors() >= limits.errorMin() && stats.errorRate() > limits.errorRate()) {
                String figures = name + " failed " + stats.errors() + " of its " + stats.count() + " runs ("
                        + Figures.percent(stats.errorRate()) + ") in the last 5 minutes";
                failing.add(name);
                String recommendation = "Find out why " + name + " fails: its callers receive the exceptions, with"
                        + " SQLite's message (a constraint, a table a migration changed, another process holding the"
                        + " database past busyTimeout are the usual causes)";
                run.recommendations.add(figures + ". " + recommendation);
                alert(Severity.WARNING, AlertKind.ERROR_RATE, name, figures, recommendation);
            }
        }
        run.check("error rate", failing.isEmpty() ? HealthStatus.UP : HealthStatus.DEGRADED, errors + " of " + runs
                + " runs failed in the last 5 minutes" + (failing.isEmpty() ? "" : "; failing: " + String.join(", ", failing)),
                start);
    }

    /** Raises an alert through the monitor; after close, when its thread is gone, the report alone tells. */
    private void alert(Severity severity, AlertKind kind, String subject, String message, String recommendation) {
        try {
            monitor.alert(severity, kind, subject, message, recommendation);
        } catch (RejectedExecutionException closed) {
            // The database was closed: its checks report DOWN, and nobody listens any more.
        }
    }

    private String subject() {
        var file = ConnectionManager.fileOf(connections.url());
        return file == null ? connections.url() : file.toString();
    }

    /** The checks and recommendations of one run. */
    private static final class Run {
        final List<HealthCheck> checks = new ArrayList<>();
        final List<String> recommendations = new ArrayList<>();

        HealthReport report() {
            return new HealthReport(checks, recommendations);
        }

        void check(String name, HealthStatus status, String detail, long start) {
            checks.add(new HealthCheck(name, status, detail, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** Figures as a person reads them. */
    static final class Figures {

        private Figures() {
        }

        static String duration(Duration duration) {
            double millis = duration.toNanos() / 1e6;
            return millis >= 1000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000)
                    : String.format(Locale.ROOT, "%.1f ms", millis);
        }

        static String bytes(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            if (bytes < 1L << 20) {
                return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
            }
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }

        static String percent(double ratio) {
            return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
        }
    }
}

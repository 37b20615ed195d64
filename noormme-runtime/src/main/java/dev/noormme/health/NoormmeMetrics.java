package dev.noormme.health;

import dev.noormme.Database;
import dev.noormme.cache.QueryCache;
import dev.noormme.connection.PoolState;
import dev.noormme.connection.Waits;
import dev.noormme.internal.DatabaseAccess;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Publishes a database's monitor, cache and pool figures to Micrometer. Micrometer is an optional
 * dependency of NOORMME: only this class refers to it, so an application without micrometer-core
 * runs unchanged as long as it does not use this class.
 *
 * <pre>{@code
 * new NoormmeMetrics(database, Tags.of("db", "orders")).bindTo(registry);
 * }</pre>
 *
 * <p>Meters, with Micrometer's dotted names (a registry renders them its way, e.g.
 * {@code noormme_query_seconds_count} in Prometheus):
 * <ul>
 * <li>{@code noormme.query} ({@code query} tag: {@code UsersRepository.findByEmail}): a
 *     {@link FunctionTimer} of the runs' count and total time. A function timer because the
 *     monitor already times every run into its own HdrHistogram without a lock; a Micrometer
 *     {@code Timer} would time each run a second time on the query's thread. The total is the
 *     count times the histogram's mean (two significant digits).
 * <li>{@code noormme.query.percentile} ({@code query}, {@code phi} = 0.5, 0.95, 0.99) and
 *     {@code noormme.query.max}: {@link TimeGauge}s of the monitor's percentiles since the start,
 *     named as Micrometer names a timer's client-side percentiles.
 * <li>{@code noormme.query.errors} and {@code noormme.query.cache.hits} ({@code query}):
 *     {@link FunctionCounter}s of failed runs and of reads the cache answered.
 * <li>{@code noormme.cache.hits}, {@code noormme.cache.misses}, {@code noormme.cache.evictions},
 *     {@code noormme.cache.stale.serves} (stale-if-error answers):
 *     function counters (they only grow, so a registry computes rates); {@code noormme.cache.size}
 *     and {@code noormme.cache.hit.ratio}: gauges.
 * <li>{@code noormme.pool.connections.active} (lent out now, the writer included),
 *     {@code noormme.pool.connections.idle} (idle readers), {@code noormme.pool.connections.max}
 *     (readers and the writer): gauges. {@code noormme.pool.wait} ({@code connection} =
 *     {@code reader} or {@code writer}): a function timer of the callers that had to wait and
 *     for how long; {@code noormme.pool.wait.max}: the longest wait.
 * <li>{@code noormme.queries}: the number of query names known. Reading it (every scrape does)
 *     registers the meters of names that ran since the last read, so a query first run after
 *     {@link #bindTo} is published from the next scrape on.
 * </ul>
 *
 * <p>Figures are read when the registry asks, at most once a second per query name. The meters
 * hold the database's monitor, cache and the database itself weakly, as Micrometer does for
 * function-based meters: once the database is closed and dropped they report NaN. Thread-safe.
 */
public final class NoormmeMetrics implements MeterBinder {

    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private final Database database;
    private final Monitor monitor;
    private final Tags tags;
    private final Map<String, Fresh> stats = new ConcurrentHashMap<>();
    private final Set<String> published = ConcurrentHashMap.newKeySet();
    private final CopyOnWriteArrayList<MeterRegistry> registries = new CopyOnWriteArrayList<>();

    /** A query's figures and when they were read. */
    private record Fresh(QueryStats stats, long readAt) {
    }

    /** The figures of {@code database}, without extra tags. */
    public NoormmeMetrics(Database database) {
        this(database, Tags.empty());
    }

    /** The figures of {@code database}, every meter carrying {@code tags} (a database's name, say). */
    public NoormmeMetrics(Database database, Iterable<Tag> tags) {
        this.database = Objects.requireNonNull(database, "database");
        this.monitor = database.monitor();
        this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        registries.add(registry);
        Gauge.builder("noormme.queries", monitor, known -> refresh())
                .description("Query names known to the monitor; reading it publishes the meters of new ones")
                .tags(tags).register(registry);
        cache(registry);
        pool(registry);
        for (String name : monitor.names()) {
            query(registry, name);
        }
        published.addAll(monitor.names());
    }

    /** Registers the meters of names that appeared since the last call; the number of names known. */
    private double refresh() {
        var names = monitor.names();
        for (String name : names) {
            if (published.add(name)) {
                for (MeterRegistry registry : registries) {
                    query(registry, name);
                }
            }
        }
        return names.size();
    }

    private void query(MeterRegistry registry, String name) {
        Tags queryTags = tags.and("query", name);
        FunctionTimer.builder("noormme.query", monitor, known -> stats(name).count(),
                known -> {
                    QueryStats figures = stats(name);
                    return (double) figures.mean().toNanos() * figures.count();
                }, TimeUnit.NANOSECONDS)
                .description("Runs of the query on the database (cache hits excluded)")
                .tags(queryTags).register(registry);
        for (double phi : PERCENTILES) {
            Function<QueryStats, Duration> percentile = phi == 0.5 ? QueryStats::p50 : phi == 0.95 ? QueryStats::p95
                    : QueryStats::p99;
            TimeGauge.builder("noormme.query.percentile", monitor, TimeUnit.NANOSECONDS,
                    known -> percentile.apply(stats(name)).toNanos())
                    .tags(queryTags.and("phi", Double.toString(phi))).register(registry);
        }
        TimeGauge.builder("noormme.query.max", monitor, TimeUnit.NANOSECONDS, known -> stats(name).max().toNanos())
                .tags(queryTags).register(registry);
        FunctionCounter.builder("noormme.query.errors", monitor, known -> stats(name).errors())
                .description("Runs of the query that threw").tags(queryTags).register(registry);
        FunctionCounter.builder("noormme.query.cache.hits", monitor, known -> stats(name).cacheHits())
                .description("Reads of the query answered by the cache").tags(queryTags).register(registry);
    }

    private void cache(MeterRegistry registry) {
        QueryCache cache = database.cache();
        FunctionCounter.builder("noormme.cache.hits", cache, c -> c.stats().hits()).tags(tags).register(registry);
        FunctionCounter.builder("noormme.cache.misses", cache, c -> c.stats().misses()).tags(tags).register(registry);
        FunctionCounter.builder("noormme.cache.evictions", cache, c -> c.stats().evictions()).tags(tags).register(registry);
        FunctionCounter.builder("noormme.cache.stale.serves", cache, c -> c.stats().staleServes()).tags(tags)
                .register(registry);
        Gauge.builder("noormme.cache.size", cache, c -> c.stats().size()).tags(tags).register(registry);
        Gauge.builder("noormme.cache.hit.ratio", cache, c -> c.stats().hitRate()).tags(tags).register(registry);
    }

    private void pool(MeterRegistry registry) {
        Gauge.builder("noormme.pool.connections.active", database, db -> DatabaseAccess.pool(db).connectionsInUse())
                .description("Connections lent out now, the writer included").tags(tags).register(registry);
        Gauge.builder("noormme.pool.connections.idle", database, db -> DatabaseAccess.pool(db).readersIdle())
                .description("Idle reader connections").tags(tags).register(registry);
        Gauge.builder("noormme.pool.connections.max", database, db -> DatabaseAccess.pool(db).readersTotal() + 1)
                .description("Reader connections and the writer").tags(tags).register(registry);
        waits(registry, "reader", PoolState::readerWaits);
        waits(registry, "writer", PoolState::writerWaits);
    }

    private void waits(MeterRegistry registry, String connection, Function<PoolState, Waits> waits) {
        Tags waitTags = tags.and("connection", connection);
        FunctionTimer.builder("noormme.pool.wait", database, db -> waits.apply(DatabaseAccess.pool(db)).count(),
                db -> waits.apply(DatabaseAccess.pool(db)).total().toNanos(), TimeUnit.NANOSECONDS)
                .description("Callers that had to wait for a connection").tags(waitTags).register(registry);
        TimeGauge.builder("noormme.pool.wait.max", database, TimeUnit.NANOSECONDS,
                db -> waits.apply(DatabaseAccess.pool(db)).longest().toNanos()).tags(waitTags).register(registry);
    }

    private QueryStats stats(String name) {
        long now = System.nanoTime();
        Fresh fresh = stats.get(name);
        if (fresh == null || now - fresh.readAt() > FRESH_NANOS) {
            fresh = new Fresh(monitor.stats(name), now);
            stats.put(name, fresh);
        }
        return fresh.stats();
    }
}

package dev.noormme;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Database#executeQuery} runs a piece of work: {@link #defaults()} runs it every time;
 * {@link #cached(Duration)} keeps its result in the query cache for a while, and
 * {@link #dependsOn(String...)} names the tables whose committed writes evict it;
 * {@link #slowQueryThreshold(Duration)} sets when a run counts as slow for the monitor.
 *
 * <pre>{@code
 * QueryOptions.cached(Duration.ofMinutes(5)).dependsOn("users", "payments")
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class QueryOptions {

    private static final QueryOptions DEFAULTS = new QueryOptions(null, List.of(), null);

    private final Duration ttl;
    private final List<String> tables;
    private final Duration slowQueryThreshold;

    private QueryOptions(Duration ttl, List<String> tables, Duration slowQueryThreshold) {
        this.ttl = ttl;
        this.tables = tables;
        this.slowQueryThreshold = slowQueryThreshold;
    }

    /** Not cached: the work runs on every call. */
    public static QueryOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Cached for at most {@code ttl}.
     *
     * @throws IllegalArgumentException when {@code ttl} is zero or negative
     */
    public static QueryOptions cached(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("A cache ttl must be positive, was " + ttl);
        }
        return new QueryOptions(ttl, List.of(), null);
    }

    /**
     * These options, also evicted when a write to one of {@code tables} commits (names as in
     * SQL, any case). Replaces the tables given before.
     *
     * @throws IllegalStateException on options that do not cache
     */
    public QueryOptions dependsOn(String... tables) {
        if (ttl == null) {
            throw new IllegalStateException("dependsOn(...) needs cached options: QueryOptions.cached(ttl).dependsOn(...)");
        }
        for (String table : tables) {
            if (table == null || table.isBlank()) {
                throw new IllegalArgumentException("A table name in dependsOn(...) is null or blank");
            }
        }
        return new QueryOptions(ttl, List.of(tables), slowQueryThreshold);
    }

    /**
     * These options, with runs of the work longer than {@code threshold} counted as slow (listed
     * by {@code monitor().slowQueries()} and alerted), in place of the environment's default.
     *
     * @throws IllegalArgumentException when {@code threshold} is zero or negative
     */
    public QueryOptions slowQueryThreshold(Duration threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.isZero() || threshold.isNegative()) {
            throw new IllegalArgumentException("A slow-query threshold must be positive, was " + threshold);
        }
        return new QueryOptions(ttl, tables, threshold);
    }

    /** The ttl when the result is cached; empty when it is not. */
    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttl);
    }

    /** The slow-query threshold of the work; empty for the environment's default. */
    public Optional<Duration> slowQueryThreshold() {
        return Optional.ofNullable(slowQueryThreshold);
    }

    /** The tables whose writes evict the cached result. */
    public List<String> tables() {
        return tables;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryOptions that && Objects.equals(ttl, that.ttl) && tables.equals(that.tables)
                && Objects.equals(slowQueryThreshold, that.slowQueryThreshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ttl, tables, slowQueryThreshold);
    }

    @Override
    public String toString() {
        return (ttl == null ? "QueryOptions[not cached" : "QueryOptions[cached " + ttl + ", dependsOn " + tables)
                + (slowQueryThreshold == null ? "" : ", slow after " + slowQueryThreshold) + "]";
    }
}

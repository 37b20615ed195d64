package dev.noormme.health;

import java.time.Duration;

/**
 * The figures of one query name over a span of time: how often it ran on the database, how often
 * it failed, and its latency percentiles (HdrHistogram, two significant digits). Cache hits are
 * counted apart: a {@code @Cached} read answered from the cache is a {@link #cacheHits() hit},
 * not a run, and adds nothing to the latencies.
 *
 * @param name the query's name: {@code <RepositoryInterface>.<method>} or an {@code executeQuery} name
 * @param count runs on the database, failed ones included
 * @param errors runs that ended with an exception
 * @param cacheHits reads answered by the query cache instead of the database
 * @param mean mean latency of the runs
 * @param p50 median latency
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max the longest run
 */
public record QueryStats(String name, long count, long errors, long cacheHits, Duration mean, Duration p50,
        Duration p95, Duration p99, Duration max) {

    /** The figures of a name that has not run: every figure zero. */
    public static QueryStats empty(String name) {
        return new QueryStats(name, 0, 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** Errors per run; 0 when it never ran. */
    public double errorRate() {
        return count == 0 ? 0 : (double) errors / count;
    }
}

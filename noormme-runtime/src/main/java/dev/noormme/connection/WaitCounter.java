package dev.noormme.connection;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts the waits for one kind of connection. Only a caller that actually blocked calls
 * {@link #record}, after its wait, so the path where a connection is free at once costs nothing;
 * the lock here is taken only by callers that have just waited far longer than it costs.
 * Thread-safe.
 */
final class WaitCounter {

    private final long thresholdNanos;
    private long count;
    private long totalNanos;
    private long longestNanos;
    private long overThreshold;
    private long latestOverNanos;
    private Instant latestOverAt;

    WaitCounter(Duration threshold) {
        this.thresholdNanos = threshold.toNanos();
    }

    synchronized void record(long nanos) {
        count++;
        totalNanos += nanos;
        longestNanos = Math.max(longestNanos, nanos);
        if (nanos > thresholdNanos) {
            overThreshold++;
            latestOverNanos = nanos;
            latestOverAt = Instant.now();
        }
    }

    synchronized Waits snapshot() {
        return count == 0 ? Waits.NONE : new Waits(count, Duration.ofNanos(totalNanos), Duration.ofNanos(longestNanos),
                overThreshold, Duration.ofNanos(latestOverNanos), latestOverAt);
    }
}

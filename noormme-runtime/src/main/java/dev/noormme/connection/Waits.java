package dev.noormme.connection;

import java.time.Duration;
import java.time.Instant;

/**
 * How often callers had to wait for one kind of connection (a reader, or the writer's lock) since
 * the database opened. A caller that got its connection at once is not counted: only waits that
 * happened are timed.
 *
 * @param count callers that had to wait
 * @param total the time they waited, together
 * @param longest the longest single wait
 * @param overThreshold waits longer than the pool's wait threshold ({@link PoolState#waitThreshold()})
 * @param latestOverThreshold how long the most recent of those waited; zero when there was none
 * @param latestOverThresholdAt when it ended; null when there was none
 */
public record Waits(long count, Duration total, Duration longest, long overThreshold, Duration latestOverThreshold,
        Instant latestOverThresholdAt) {

    /** No waits at all. */
    public static final Waits NONE = new Waits(0, Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, null);
}

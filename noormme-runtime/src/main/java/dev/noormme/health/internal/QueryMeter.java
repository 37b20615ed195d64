package dev.noormme.health.internal;

import dev.noormme.health.QueryStats;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The latencies of one query name. Query threads record into an HdrHistogram {@link Recorder},
 * whose writers take no lock (a phaser between writers and the one reader); the reader side
 * harvests the recorder into a histogram since the last reset and into one histogram per
 * minute of the last {@value #WINDOW_MINUTES} minutes.
 *
 * <p>Thread-safe: {@link #record} from any thread; the reading methods synchronize among
 * themselves, never with {@code record}.
 */
final class QueryMeter {

    /** The longest window {@link #stats(String, Duration, long)} covers. */
    static final int WINDOW_MINUTES = 15;

    /** Latencies are kept to two significant digits: 1.0 ms and 1.1 ms apart, 1.00 and 1.01 not. */
    private static final int SIGNIFICANT_DIGITS = 2;

    private final String name;
    private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
    private final LongAdder errors = new LongAdder();
    private volatile long thresholdNanos;

    private final Histogram total = new Histogram(SIGNIFICANT_DIGITS);
    private final Histogram[] minutes = new Histogram[WINDOW_MINUTES];
    private final long[] minuteOf = new long[WINDOW_MINUTES];
    private final long[] errorsInMinute = new long[WINDOW_MINUTES];
    private long errorsHarvested;
    private long errorsAtReset;
    private Histogram interval;

    QueryMeter(String name, long thresholdNanos) {
        this.name = name;
        this.thresholdNanos = thresholdNanos;
        for (int i = 0; i < WINDOW_MINUTES; i++) {
            minutes[i] = new Histogram(SIGNIFICANT_DIGITS);
            minuteOf[i] = Long.MIN_VALUE;
        }
    }

    String name() {
        return name;
    }

    long thresholdNanos() {
        return thresholdNanos;
    }

    void thresholdNanos(long nanos) {
        thresholdNanos = nanos;
    }

    /** Records one run; true when it was slower than the threshold. */
    boolean record(long nanos, boolean failed) {
        recorder.recordValue(Math.max(0, nanos));
        if (failed) {
            errors.increment();
        }
        return nanos > thresholdNanos;
    }

    /** Moves what was recorded since the last harvest into the totals and the current minute. */
    synchronized void harvest(long epochMinute) {
        interval = recorder.getIntervalHistogram(interval);
        long errorsNow = errors.sum();
        long newErrors = errorsNow - errorsHarvested;
        errorsHarvested = errorsNow;
        total.add(interval);
        int slot = (int) Math.floorMod(epochMinute, (long) WINDOW_MINUTES);
        if (minuteOf[slot] != epochMinute) {
            minutes[slot].reset();
            errorsInMinute[slot] = 0;
            minuteOf[slot] = epochMinute;
        }
        minutes[slot].add(interval);
        errorsInMinute[slot] += newErrors;
    }

    /** Figures since the last reset (or since the database opened). */
    synchronized QueryStats stats(long cacheHits) {
        return stats(total, errorsHarvested - errorsAtReset, cacheHits);
    }

    /** Figures of the last {@code window}, counted in whole minutes, the current one included. */
    synchronized QueryStats stats(Duration window, long epochMinute, long cacheHits) {
        long span = Math.min(WINDOW_MINUTES, Math.max(1, (window.toSeconds() + 59) / 60));
        Histogram sum = new Histogram(SIGNIFICANT_DIGITS);
        long windowErrors = 0;
        for (int i = 0; i < WINDOW_MINUTES; i++) {
            if (minuteOf[i] > epochMinute - span && minuteOf[i] <= epochMinute) {
                sum.add(minutes[i]);
                windowErrors += errorsInMinute[i];
            }
        }
        return stats(sum, windowErrors, cacheHits);
    }

    synchronized void reset() {
        interval = recorder.getIntervalHistogram(interval); // drops what was recorded so far
        total.reset();
        for (int i = 0; i < WINDOW_MINUTES; i++) {
            minutes[i].reset();
            errorsInMinute[i] = 0;
            minuteOf[i] = Long.MIN_VALUE;
        }
        errorsHarvested = errors.sum();
        errorsAtReset = errorsHarvested;
    }

    private QueryStats stats(Histogram histogram, long errorCount, long cacheHits) {
        if (histogram.getTotalCount() == 0) {
            return new QueryStats(name, 0, errorCount, cacheHits, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                    Duration.ZERO, Duration.ZERO);
        }
        return new QueryStats(name, histogram.getTotalCount(), errorCount, cacheHits,
                nanos((long) histogram.getMean()), nanos(histogram.getValueAtPercentile(50)),
                nanos(histogram.getValueAtPercentile(95)), nanos(histogram.getValueAtPercentile(99)),
                nanos(histogram.getMaxValue()));
    }

    private static Duration nanos(long value) {
        return Duration.ofNanos(value);
    }
}

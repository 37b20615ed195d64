package dev.noormme.health.internal;

import dev.noormme.health.QueryStats;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.PackedHistogram;

/**
 * The latencies of one query name. Query threads record into an HdrHistogram
 * {@link AtomicHistogram}: two atomic increments and no lock (about 10 ns here, against 29 ns for
 * a {@code Recorder}, whose phaser adds two more). The reader side copies it and subtracts the
 * previous copy to get what was recorded since, which it adds to one histogram per minute of the
 * last {@value #WINDOW_MINUTES} minutes; counts only grow, so every difference is exact. The
 * copies are packed histograms, which hold only the buckets in use.
 *
 * <p>Thread-safe: {@link #record} from any thread; the reading methods synchronize among
 * themselves, never with {@code record}.
 */
final class QueryMeter {

    /** The longest window {@link #stats(String, Duration, long)} covers. */
    static final int WINDOW_MINUTES = 15;

    /** Latencies are kept to two significant digits: 1.0 ms and 1.1 ms apart, 1.00 and 1.01 not. */
    private static final int SIGNIFICANT_DIGITS = 2;
    /** A run longer than an hour is recorded as an hour: the histogram's range is fixed. */
    private static final long LONGEST_NANOS = TimeUnit.HOURS.toNanos(1);

    private final String name;
    private final AtomicHistogram live = new AtomicHistogram(1, LONGEST_NANOS, SIGNIFICANT_DIGITS);
    private final LongAdder errors = new LongAdder();
    private volatile long thresholdNanos;

    /** {@link #live} as of the last harvest, and as of the last reset. */
    private AbstractHistogram harvested = packed();
    private AbstractHistogram atReset = packed();
    private final AbstractHistogram[] minutes = new AbstractHistogram[WINDOW_MINUTES];
    private final long[] minuteOf = new long[WINDOW_MINUTES];
    private final long[] errorsInMinute = new long[WINDOW_MINUTES];
    private long errorsHarvested;
    private long errorsAtReset;

    QueryMeter(String name, long thresholdNanos) {
        this.name = name;
        this.thresholdNanos = thresholdNanos;
        for (int i = 0; i < WINDOW_MINUTES; i++) {
            minutes[i] = packed();
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
        live.recordValue(Math.min(Math.max(1, nanos), LONGEST_NANOS));
        if (failed) {
            errors.increment();
        }
        return nanos > thresholdNanos;
    }

    /** Moves what was recorded since the last harvest into the totals and the current minute. */
    synchronized void harvest(long epochMinute) {
        AbstractHistogram now = packed();
        live.copyInto(now);
        AbstractHistogram interval = now.copy();
        interval.subtract(harvested);
        harvested = now;
        long errorsNow = errors.sum();
        long newErrors = errorsNow - errorsHarvested;
        errorsHarvested = errorsNow;
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
        AbstractHistogram sinceReset = harvested.copy();
        sinceReset.subtract(atReset);
        return stats(sinceReset, errorsHarvested - errorsAtReset, cacheHits);
    }

    /** Figures of the last {@code window}, counted in whole minutes, the current one included. */
    synchronized QueryStats stats(Duration window, long epochMinute, long cacheHits) {
        long span = Math.min(WINDOW_MINUTES, Math.max(1, (window.toSeconds() + 59) / 60));
        AbstractHistogram sum = packed();
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
        harvest(Long.MIN_VALUE); // brings harvested up to date; the windows are cleared below
        atReset = harvested.copy();
        for (int i = 0; i < WINDOW_MINUTES; i++) {
            minutes[i].reset();
            errorsInMinute[i] = 0;
            minuteOf[i] = Long.MIN_VALUE;
        }
        errorsHarvested = errors.sum();
        errorsAtReset = errorsHarvested;
    }

    private static AbstractHistogram packed() {
        return new PackedHistogram(1, LONGEST_NANOS, SIGNIFICANT_DIGITS);
    }

    private QueryStats stats(AbstractHistogram histogram, long errorCount, long cacheHits) {
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

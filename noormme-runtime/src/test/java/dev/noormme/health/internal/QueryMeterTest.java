package dev.noormme.health.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.health.QueryStats;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Percentiles to two significant digits, windows by minute, and reset, from known latencies. */
class QueryMeterTest {

    private static void near(Duration expected, Duration actual) {
        double error = Math.abs(actual.toNanos() - expected.toNanos()) / (double) expected.toNanos();
        assertTrue(error <= 0.01, "expected about " + expected + ", got " + actual);
    }

    @Test
    void percentilesMeanAndMaxComeFromEveryRun() {
        QueryMeter meter = new QueryMeter("Repo.find", Long.MAX_VALUE);
        for (int i = 1; i <= 100; i++) {
            meter.record(i * 1_000_000L, i % 25 == 0);
        }
        meter.harvest(100);
        QueryStats stats = meter.stats(7);
        assertEquals(100, stats.count());
        assertEquals(4, stats.errors());
        assertEquals(7, stats.cacheHits());
        near(Duration.ofMillis(50), stats.p50());
        near(Duration.ofMillis(95), stats.p95());
        near(Duration.ofMillis(99), stats.p99());
        near(Duration.ofMillis(100), stats.max());
        near(Duration.ofNanos(50_500_000), stats.mean());
    }

    @Test
    void aWindowHoldsTheRunsOfItsMinutesOnly() {
        QueryMeter meter = new QueryMeter("Repo.find", Long.MAX_VALUE);
        meter.record(1_000_000, false);
        meter.harvest(100);
        meter.record(2_000_000, true);
        meter.record(2_000_000, false);
        meter.harvest(104);
        assertEquals(2, meter.stats(Duration.ofMinutes(1), 104, 0).count());
        assertEquals(1, meter.stats(Duration.ofMinutes(1), 104, 0).errors());
        assertEquals(3, meter.stats(Duration.ofMinutes(5), 104, 0).count());
        assertEquals(0, meter.stats(Duration.ofMinutes(5), 120, 0).count(), "minutes past the window are gone");
        assertEquals(3, meter.stats(0).count(), "the totals keep every run");
    }

    @Test
    void resetForgetsTheRunsBeforeIt() {
        QueryMeter meter = new QueryMeter("Repo.find", Long.MAX_VALUE);
        meter.record(5_000_000, true);
        meter.reset();
        meter.record(1_000_000, false);
        meter.harvest(100);
        QueryStats stats = meter.stats(0);
        assertEquals(1, stats.count());
        assertEquals(0, stats.errors());
        near(Duration.ofMillis(1), stats.max());
    }

    @Test
    void aRunLongerThanAnHourIsRecordedAsAnHour() {
        QueryMeter meter = new QueryMeter("Repo.find", Long.MAX_VALUE);
        meter.record(Duration.ofHours(3).toNanos(), false);
        meter.harvest(100);
        near(Duration.ofHours(1), meter.stats(0).max());
    }

    @Test
    void aRunPastTheThresholdIsSlow() {
        QueryMeter meter = new QueryMeter("Repo.find", 1_000_000);
        assertTrue(meter.record(1_000_001, false));
        assertFalse(meter.record(1_000_000, false));
    }
}

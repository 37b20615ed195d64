package dev.noormme.cache;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four policies on three access traces, each key read through a real database's cache:
 * skewed (Zipf, s = 0.9) access, where ADAPTIVE must not lose to the others; a stable hot set
 * read between one-off scans, where frequency matters (LFU and ADAPTIVE keep the hot set, LRU and
 * FIFO let the scans flush it); and a working set that keeps moving, where recency matters (LRU
 * beats LFU, whose counts hold on to keys that have left the set).
 */
class CachePolicyHitRateTest {

    private static final int KEYS = 20_000;
    private static final int CAPACITY = 500;
    private static final int ACCESSES = 300_000;

    @TempDir
    Path folder;

    @Test
    void adaptiveHitsAtLeastAsOftenAsTheOthersOnAZipfTrace() {
        Map<CachePolicy, Double> rates = rates("zipf", zipfTrace(new Random(7), KEYS, 0.9, ACCESSES));
        for (double rate : rates.values()) {
            assertTrue(rate > 0.05 && rate < 0.95, rates.toString());
        }
        assertTrue(rates.get(CachePolicy.ADAPTIVE) >= rates.get(CachePolicy.LRU) - 0.01, rates.toString());
        assertTrue(rates.get(CachePolicy.ADAPTIVE) >= rates.get(CachePolicy.LFU) - 0.01, rates.toString());
        assertTrue(rates.get(CachePolicy.ADAPTIVE) >= rates.get(CachePolicy.FIFO) - 0.01, rates.toString());
        assertTrue(rates.get(CachePolicy.LFU) >= rates.get(CachePolicy.LRU) - 0.01, rates.toString());
        assertTrue(rates.get(CachePolicy.LRU) >= rates.get(CachePolicy.FIFO) - 0.01, rates.toString());
    }

    @Test
    void frequencyKeepsAStableHotSetThroughOneOffScans() {
        Map<CachePolicy, Double> rates = rates("hot set and scans", hotSetWithScans(new Random(11)));
        assertTrue(rates.get(CachePolicy.LFU) >= rates.get(CachePolicy.LRU) + 0.05, rates.toString());
        assertTrue(rates.get(CachePolicy.LFU) >= rates.get(CachePolicy.FIFO) + 0.05, rates.toString());
        assertTrue(rates.get(CachePolicy.ADAPTIVE) >= rates.get(CachePolicy.LRU) + 0.05, rates.toString());
    }

    @Test
    void recencyFollowsAMovingWorkingSet() {
        Map<CachePolicy, Double> rates = rates("moving working set", movingWorkingSet(new Random(13)));
        assertTrue(rates.get(CachePolicy.LRU) >= rates.get(CachePolicy.LFU) + 0.05, rates.toString());
        assertTrue(rates.get(CachePolicy.LRU) >= rates.get(CachePolicy.FIFO) - 0.01, rates.toString());
    }

    private Map<CachePolicy, Double> rates(String name, int[] trace) {
        Map<CachePolicy, Double> rates = new EnumMap<>(CachePolicy.class);
        for (CachePolicy policy : CachePolicy.values()) {
            rates.put(policy, hitRate(policy, name, trace));
        }
        System.out.printf("%s, %d entries, %d accesses: ADAPTIVE %.3f, LRU %.3f, LFU %.3f, FIFO %.3f%n",
                name, CAPACITY, trace.length, rates.get(CachePolicy.ADAPTIVE), rates.get(CachePolicy.LRU),
                rates.get(CachePolicy.LFU), rates.get(CachePolicy.FIFO));
        return rates;
    }

    private double hitRate(CachePolicy policy, String name, int[] trace) {
        Path dir = folder.resolve(name.replace(' ', '-') + "-" + policy.name());
        dir.toFile().mkdirs();
        try (Database database = Database.open(TestDatabases.config(dir).toBuilder()
                .cachePolicy(policy).cacheMaxEntries(CAPACITY).build(), List.of(AccountMapping.INSTANCE))) {
            CachedQuery<Integer> query = new RepositorySupport<>(database, AccountMapping.INSTANCE)
                    .cached("trace", Duration.ofHours(1), "accounts");
            for (int key : trace) {
                query.get(key, () -> key);
            }
            CacheStats stats = database.cache().stats();
            assertTrue(stats.size() <= CAPACITY, stats.toString());
            return stats.hitRate();
        }
    }

    /** Keys 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s. */
    static int[] zipfTrace(Random random, int n, double s, int length) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
        int[] trace = new int[length];
        for (int i = 0; i < length; i++) {
            double u = random.nextDouble() * sum;
            int low = 0;
            int high = n - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cumulative[middle] < u) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            // Scatter ranks over the key space so no policy benefits from key order.
            trace[i] = (int) ((low * 2654435761L) % n);
        }
        return trace;
    }

    /**
     * Phases of 2,000 uniform reads of 400 hot keys (which fit in the cache), each followed by a
     * scan of 1,000 keys read once and never again (more than the cache holds).
     */
    static int[] hotSetWithScans(Random random) {
        int hot = 400;
        int hotReads = 2_000;
        int scan = 1_000;
        int[] trace = new int[ACCESSES];
        int scanned = 0;
        for (int i = 0; i < trace.length; ) {
            for (int r = 0; r < hotReads && i < trace.length; r++) {
                trace[i++] = random.nextInt(hot);
            }
            for (int r = 0; r < scan && i < trace.length; r++) {
                trace[i++] = 1_000_000 + scanned++;
            }
        }
        return trace;
    }

    /**
     * Uniform reads of a window of 400 keys (which fits in the cache) that moves on by one key
     * every 20 reads, so each key is read about 20 times while it is in the window, then never.
     */
    static int[] movingWorkingSet(Random random) {
        int window = 400;
        int[] trace = new int[ACCESSES];
        for (int i = 0; i < trace.length; i++) {
            trace[i] = i / 20 + random.nextInt(window);
        }
        return trace;
    }
}

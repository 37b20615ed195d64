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

/** The three policies on one skewed (Zipf, s = 0.9) access trace: ADAPTIVE must not lose to LRU or FIFO. */
class CachePolicyHitRateTest {

    private static final int KEYS = 20_000;
    private static final int CAPACITY = 500;
    private static final int ACCESSES = 300_000;

    @TempDir
    Path folder;

    @Test
    void adaptiveHitsAtLeastAsOftenAsLruAndFifoOnAZipfTrace() {
        int[] trace = zipfTrace(new Random(7), KEYS, 0.9, ACCESSES);
        Map<CachePolicy, Double> rates = new EnumMap<>(CachePolicy.class);
        for (CachePolicy policy : CachePolicy.values()) {
            rates.put(policy, hitRate(policy, trace));
        }
        System.out.printf("Zipf(0.9) over %d keys, %d entries, %d accesses: ADAPTIVE %.3f, LRU %.3f, FIFO %.3f%n",
                KEYS, CAPACITY, ACCESSES, rates.get(CachePolicy.ADAPTIVE), rates.get(CachePolicy.LRU),
                rates.get(CachePolicy.FIFO));
        for (double rate : rates.values()) {
            assertTrue(rate > 0.05 && rate < 0.95, rates.toString());
        }
        assertTrue(rates.get(CachePolicy.ADAPTIVE) >= rates.get(CachePolicy.LRU) - 0.01, rates.toString());
        assertTrue(rates.get(CachePolicy.ADAPTIVE) >= rates.get(CachePolicy.FIFO) - 0.01, rates.toString());
        assertTrue(rates.get(CachePolicy.LRU) >= rates.get(CachePolicy.FIFO) - 0.01, rates.toString());
    }

    private double hitRate(CachePolicy policy, int[] trace) {
        Path dir = folder.resolve(policy.name());
        dir.toFile().mkdirs();
        try (Database database = Database.open(TestDatabases.config(dir).toBuilder()
                .cachePolicy(policy).cacheMaxEntries(CAPACITY).build(), List.of(AccountMapping.INSTANCE))) {
            CachedQuery<Integer> query = new RepositorySupport<>(database, AccountMapping.INSTANCE)
                    .cached("zipf", Duration.ofHours(1), "accounts");
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
}

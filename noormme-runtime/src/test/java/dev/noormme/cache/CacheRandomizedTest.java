package dev.noormme.cache;

import static dev.noormme.cache.CachedAccounts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several threads read through the cache and write at random (auto-commit, committed and
 * rolled-back transactions) for a few seconds. Each thread owns some rows, so it knows what a
 * read of them must return right after its own write; at the end, every cached read is compared
 * with a fresh uncached query. No stale result is allowed anywhere, under every policy, with a
 * cache small enough that entries are evicted while others are invalidated.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class CacheRandomizedTest {

    @Parameter
    Dialect dialect;

    private static final int THREADS = 6;
    private static final int ROWS = 60;
    private static final String[] NAMES = {"Ann", "Bea", "Cy", "Dee", "Eve"};
    /** Fewer entries than the test's distinct reads (66), so evictions run beside the writes. */
    private static final int CAPACITY = 32;
    private static final long RUN_NANOS = Duration.ofMillis(2500).toNanos();

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(CachePolicy.class)
    void randomReadsAndWritesFromSeveralThreadsNeverSeeAStaleResult(CachePolicy policy) throws Exception {
        DatabaseConfig config = TestDatabases.config(dialect, folder).toBuilder()
                .cachePolicy(policy).cacheMaxEntries(CAPACITY).build();
        try (Database database = Database.open(config, List.of(AccountMapping.INSTANCE))) {
            CachedAccounts accounts = new CachedAccounts(database, Duration.ofHours(1));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                ids.add(accounts.support.insert(new Account("user" + i + "@example.com", NAMES[i % NAMES.length])).getId());
            }
            ConcurrentLinkedQueue<String> stale = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Integer>> operations = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                operations.add(pool.submit(() -> run(database, accounts, ids, thread, start, stale)));
            }
            int total = 0;
            for (Future<Integer> done : operations) {
                total += done.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();

            for (long id : ids) {
                if (!text(accounts.findById(id)).equals(text(accounts.support.findById(id)))) {
                    stale.add("findById(" + id + ") at the end");
                }
            }
            for (String name : NAMES) {
                List<Account> fresh = new CachedAccounts(database, Duration.ofHours(1)).findByName(name);
                if (!text(accounts.findByName(name)).equals(text(fresh))) {
                    stale.add("findByName(" + name + ") at the end");
                }
            }
            if (accounts.count() != accounts.support.count()) {
                stale.add("count() at the end");
            }
            CacheStats stats = database.cache().stats();
            System.out.printf("randomized %s: %d operations by %d threads, %s%n", policy, total, THREADS, stats);
            assertEquals(List.of(), List.copyOf(stale));
            assertTrue(stats.hits() > 0 && stats.misses() > 0, stats.toString());
            assertTrue(stats.size() <= CAPACITY, stats.toString());
            assertTrue(stats.evictions() > 0, "the cache should have been full: " + stats);
        }
    }

    private static int run(Database database, CachedAccounts accounts, List<Long> ids, int thread,
            CyclicBarrier start, ConcurrentLinkedQueue<String> stale) throws Exception {
        Random random = new Random(42 + thread);
        Map<Long, String> mine = new HashMap<>();
        for (int i = thread; i < ids.size(); i += THREADS) {
            mine.put(ids.get(i), NAMES[i % NAMES.length]);
        }
        List<Long> own = List.copyOf(mine.keySet());
        start.await();
        long end = System.nanoTime() + RUN_NANOS;
        int operations = 0;
        while (System.nanoTime() < end) {
            operations++;
            int dice = random.nextInt(100);
            if (dice < 45) {
                accounts.findById(ids.get(random.nextInt(ids.size())));
            } else if (dice < 60) {
                accounts.findByName(NAMES[random.nextInt(NAMES.length)]);
            } else if (dice < 70) {
                accounts.count();
            } else {
                long id = own.get(random.nextInt(own.size()));
                String name = NAMES[random.nextInt(NAMES.length)];
                int kind = random.nextInt(3);
                if (kind == 0) {
                    accounts.rename(id, name);
                    mine.put(id, name);
                } else if (kind == 1) {
                    database.inTransaction(() -> {
                        accounts.rename(id, name);
                        accounts.findById(id);
                    });
                    mine.put(id, name);
                } else {
                    try {
                        database.inTransaction(() -> {
                            accounts.rename(id, name + "-rolled-back");
                            throw new IllegalStateException("roll back");
                        });
                    } catch (IllegalStateException expected) {
                        // the rename never happened
                    }
                }
                String seen = accounts.findById(id).map(Account::getName).orElse("none");
                if (!seen.equals(mine.get(id))) {
                    stale.add("thread " + thread + " read " + seen + " for its row " + id + " after writing "
                            + mine.get(id));
                }
                boolean listed = accounts.findByName(mine.get(id)).stream().anyMatch(a -> a.getId() == id);
                if (!listed) {
                    stale.add("thread " + thread + " did not find row " + id + " by its new name " + mine.get(id));
                }
            }
        }
        return operations;
    }
}

package dev.noormme.cache.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * {@link dev.noormme.cache.CachePolicy#ADAPTIVE}: a Caffeine cache (W-TinyLFU) bounded by entry
 * count. Its maintenance runs on the calling threads, so the store starts no thread of its own.
 * Caffeine's default, the common pool, was tried twice and made a miss in a full cache slower on
 * 2 cores: +54 % against the cache off, where maintenance on the caller costs +14 % (BENCHMARKS.md,
 * issue 13).
 * Expiry and staleness are checked by the caller on each entry, which keeps Caffeine on its
 * fastest read path (no expiry policy, no statistics).
 */
final class CaffeineStore implements Store {

    private final Cache<Object, Entry> cache;
    private final LongAdder evictions = new LongAdder();

    CaffeineStore(long maxEntries) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .executor(Runnable::run)
                .evictionListener((Object key, Entry entry, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE) {
                        evictions.increment();
                    }
                })
                .build();
    }

    @Override
    public Entry get(Object key) {
        return cache.getIfPresent(key);
    }

    @Override
    public void put(Object key, Entry entry) {
        cache.put(key, entry);
    }

    @Override
    public boolean remove(Object key, Entry entry) {
        return cache.asMap().remove(key, entry);
    }

    @Override
    public int removeIf(Predicate<Entry> test) {
        int[] removed = {0};
        cache.asMap().values().removeIf(entry -> {
            boolean remove = test.test(entry);
            if (remove) {
                removed[0]++;
            }
            return remove;
        });
        return removed[0];
    }

    @Override
    public void clear() {
        cache.invalidateAll();
    }

    @Override
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public long evictions() {
        cache.cleanUp();
        return evictions.sum();
    }
}

package dev.noormme.cache.internal;

import dev.noormme.cache.CachePolicy;
import java.util.function.Predicate;

/** Where entries live, bounded by entry count under one {@link CachePolicy}. Thread-safe. */
interface Store {

    static Store of(CachePolicy policy, long maxEntries) {
        return switch (policy) {
            case ADAPTIVE -> new CaffeineStore(maxEntries);
            case LRU -> new LinkedStore(maxEntries, true);
            case LFU -> new LfuStore(maxEntries);
            case FIFO -> new LinkedStore(maxEntries, false);
        };
    }

    /** The entry under {@code key}, or null; counts as a use for the policy. */
    Entry get(Object key);

    void put(Object key, Entry entry);

    /** Removes the entry only if {@code key} still maps to it. */
    boolean remove(Object key, Entry entry);

    /** Removes every entry {@code test} accepts; how many it removed. */
    int removeIf(Predicate<Entry> test);

    void clear();

    long size();

    /** Entries evicted because the store was full. */
    long evictions();
}

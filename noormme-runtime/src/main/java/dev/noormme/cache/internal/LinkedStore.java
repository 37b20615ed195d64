package dev.noormme.cache.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@link dev.noormme.cache.CachePolicy#LRU} (access order) and
 * {@link dev.noormme.cache.CachePolicy#FIFO} (insertion order): a {@link LinkedHashMap} that
 * drops its eldest entry when full, under one lock. Caffeine offers neither policy; these exist
 * to compare against ADAPTIVE and for workloads known to suit them.
 */
final class LinkedStore implements Store {

    private final Map<Object, Entry> map;
    private long evictions;

    LinkedStore(long maxEntries, boolean accessOrder) {
        int max = (int) Math.min(Integer.MAX_VALUE - 8, maxEntries);
        this.map = new LinkedHashMap<>(Math.min(max, 1 << 16), 0.75f, accessOrder) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                if (size() > max) {
                    evictions++;
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public synchronized Entry get(Object key) {
        return map.get(key);
    }

    @Override
    public synchronized void put(Object key, Entry entry) {
        map.put(key, entry);
    }

    @Override
    public synchronized boolean remove(Object key, Entry entry) {
        return map.remove(key, entry);
    }

    @Override
    public synchronized int removeIf(Predicate<Entry> test) {
        int removed = 0;
        for (Iterator<Entry> entries = map.values().iterator(); entries.hasNext(); ) {
            if (test.test(entries.next())) {
                entries.remove();
                removed++;
            }
        }
        return removed;
    }

    @Override
    public synchronized void clear() {
        map.clear();
    }

    @Override
    public synchronized long size() {
        return map.size();
    }

    @Override
    public synchronized long evictions() {
        return evictions;
    }
}

package dev.noormme.cache.internal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@link dev.noormme.cache.CachePolicy#LFU}: when full, evicts the entry used least often, and
 * of equals the one that reached its count first. Every count halves after each
 * {@value #DECAY_PERIOD_PER_ENTRY} × capacity operations, so an entry that was hot once yields
 * to the entries that are hot now. Every operation is O(1) (a {@link FrequencyList}); the
 * halving is O(n) once per period, O(1) amortised.
 *
 * <p>Thread-safe: every method holds the store's lock, as {@link LinkedStore}'s do. Staleness is
 * not its concern: entries carry their generation stamps and the engine checks them on every
 * read, exactly as with the other stores.
 */
final class LfuStore implements Store {

    static final int DECAY_PERIOD_PER_ENTRY = 10;

    private final Map<Object, FrequencyList.Node> index;
    private final FrequencyList order = new FrequencyList();
    private final int maxEntries;
    private final long decayPeriod;
    private long untilDecay;
    private long evictions;

    LfuStore(long maxEntries) {
        this.maxEntries = (int) Math.min(Integer.MAX_VALUE - 8, maxEntries);
        this.index = new HashMap<>(Math.min(this.maxEntries, 1 << 16));
        this.decayPeriod = DECAY_PERIOD_PER_ENTRY * (long) this.maxEntries;
        this.untilDecay = decayPeriod;
    }

    @Override
    public synchronized Entry get(Object key) {
        countOperation();
        FrequencyList.Node node = index.get(key);
        if (node == null) {
            return null;
        }
        order.touch(node);
        return node.entry;
    }

    /** A new key enters with a count of one; a key already present keeps its count (its read was counted). */
    @Override
    public synchronized void put(Object key, Entry entry) {
        countOperation();
        FrequencyList.Node node = index.get(key);
        if (node != null) {
            node.entry = entry;
            return;
        }
        if (index.size() >= maxEntries) {
            FrequencyList.Node victim = order.victim();
            order.remove(victim);
            index.remove(victim.key);
            evictions++;
        }
        index.put(key, order.add(key, entry));
    }

    @Override
    public synchronized boolean remove(Object key, Entry entry) {
        FrequencyList.Node node = index.get(key);
        if (node == null || node.entry != entry) {
            return false;
        }
        index.remove(key);
        order.remove(node);
        return true;
    }

    @Override
    public synchronized int removeIf(Predicate<Entry> test) {
        int removed = 0;
        for (Iterator<FrequencyList.Node> nodes = index.values().iterator(); nodes.hasNext(); ) {
            FrequencyList.Node node = nodes.next();
            if (test.test(node.entry)) {
                nodes.remove();
                order.remove(node);
                removed++;
            }
        }
        return removed;
    }

    @Override
    public synchronized void clear() {
        index.clear();
        order.clear();
    }

    @Override
    public synchronized long size() {
        return index.size();
    }

    @Override
    public synchronized long evictions() {
        return evictions;
    }

    /** The use count of {@code key}'s entry, or 0 when absent; for tests of the order. */
    synchronized long count(Object key) {
        FrequencyList.Node node = index.get(key);
        return node == null ? 0 : node.count();
    }

    private void countOperation() {
        if (--untilDecay == 0) {
            order.halve();
            untilDecay = decayPeriod;
        }
    }
}

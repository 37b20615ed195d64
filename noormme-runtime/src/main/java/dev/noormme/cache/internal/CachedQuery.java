package dev.noormme.cache.internal;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * One cached read method (or one {@code executeQuery} name) of one database: what generated code
 * calls around a read. {@code get(arguments..., loader)} answers from the cache when it holds a
 * current result for these arguments, and otherwise runs {@code loader} and keeps its result.
 *
 * <p>A result is current when no table the query reads has been written (and committed) since
 * the query started: each entry carries the sum of its tables' generations taken before the
 * query ran, and a commit bumps the generations of the tables it wrote. A reader that lost a race
 * with a commit therefore stores an entry that is already stale and is never served; there is no
 * window in which a pre-commit result can be served after the commit returned. Inside a
 * transaction that has written one of its tables, the loader runs and nothing is stored.
 *
 * <p>Expiry is checked against the engine's clock, which its watcher thread advances every tenth
 * of the shortest ttl in use (reading {@code System.nanoTime()} on every hit would cost a third of
 * the hit), so an entry may be served up to a tenth of its ttl late.
 *
 * <p>Stale-if-error: with an allowance above zero, a miss whose query fails because the database
 * does not work (the circuit breaker refused it, or SQLite failed with an I/O-class error) is
 * answered with the last value this query loaded for these arguments, if that was loaded less
 * than the allowance ago; such a value may predate writes committed since. Never inside a
 * transaction that wrote one of its tables. Each miss that loads a value keeps it for this, so a
 * hit does no extra work.
 *
 * <p>List results are stored and returned unmodifiable: a cached result is shared by every
 * caller. Thread-safe; the hit path takes no lock and allocates nothing beyond the key.
 *
 * @param <R> what the method returns
 */
public final class CachedQuery<R> {

    private final CacheEngine engine;
    private final String name;
    private final TableSlot[] slots;
    private final long ttlNanos;
    /** The stale-if-error allowance; 0 when off. */
    private final long staleNanos;
    private final boolean enabled;
    /**
     * The engine's store, taken on this query's first lookup (the engine makes it on the first
     * lookup of any query, so an application loads no cache before it reads through one); null
     * until then. Every thread that sets it sets the one instance the engine made.
     */
    private volatile Store store;
    /** The engine's last values, taken on the first miss of a query with an allowance; as {@link #store}. */
    private volatile LastGood lastGood;
    private final int hash;
    /** This query's hits; the engine sums them for its statistics and the monitor reads them by name. */
    final LongAdder hits = new LongAdder();
    /** This query's misses answered with a stale value; the engine sums them for its statistics. */
    final LongAdder staleServes = new LongAdder();

    CachedQuery(CacheEngine engine, String name, TableSlot[] slots, long ttlNanos, long staleNanos, boolean enabled) {
        this.engine = engine;
        this.name = name;
        this.slots = slots;
        this.ttlNanos = ttlNanos;
        this.staleNanos = staleNanos;
        this.enabled = enabled;
        this.hash = name.hashCode();
    }

    /** The result of a method without arguments. */
    public R get(Supplier<R> loader) {
        return enabled ? lookup(this, loader) : loader.get();
    }

    /**
     * The result for one argument, which becomes part of the key as it is: a value with
     * {@code equals} and {@code hashCode} that nobody changes, or an array or collection passed
     * through {@link #byValue}.
     */
    public R get(Object argument, Supplier<R> loader) {
        return enabled ? lookup(new CacheKeys.Key1(this, argument), loader) : loader.get();
    }

    /** The result for several arguments, in parameter order, each as {@link #get(Object, Supplier)} takes it; the array becomes part of the key. */
    public R get(Object[] arguments, Supplier<R> loader) {
        return enabled ? lookup(new CacheKeys.KeyN(this, arguments), loader) : loader.get();
    }

    /**
     * An array or collection argument as a key takes it: a copy compared element by element, so
     * a caller that changes the original after the call cannot change a key in the cache.
     * Generated code applies it where the parameter's type is an array or a collection. Other
     * arguments are not checked at run time: on JDK 17 a failed {@code instanceof Collection}
     * scans the class's interfaces and costs more than the rest of a hit.
     */
    public static Object byValue(Object arrayOrCollection) {
        return CacheKeys.value(arrayOrCollection);
    }

    /** The name given to the runtime: {@code <Repository>.<method>} or an {@code executeQuery} name. */
    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private R lookup(Object key, Supplier<R> loader) {
        if (engine.bypasses(slots)) {
            return loader.get();
        }
        Store store = this.store;
        if (store == null) {
            store = engine.store();
            this.store = store;
        }
        Entry entry = store.get(key);
        if (entry != null) {
            if (entry.stamp == stamp() && engine.now - entry.expiresAt < 0) {
                hits.increment();
                return (R) entry.value;
            }
            engine.discard(key, entry);
        }
        return fill(store, key, loader);
    }

    private R fill(Store store, Object key, Supplier<R> loader) {
        engine.misses.increment();
        engine.beforeFirstEntry();
        long stamp = stamp(); // before the query runs: a commit after this point makes the entry stale
        long started = System.nanoTime();
        R value;
        try {
            value = shared(loader.get());
        } catch (RuntimeException failure) {
            return stale(key, failure);
        }
        if (!engine.bypasses(slots)) { // work that wrote a table of its own inside a transaction
            store.put(key, new Entry(this, value, stamp, started + ttlNanos));
            if (staleNanos > 0) {
                lastGood().put(key, value, started);
            }
        }
        return value;
    }

    /** The last value loaded for {@code key} when stale-if-error allows it; otherwise throws {@code failure}. */
    @SuppressWarnings("unchecked")
    private R stale(Object key, RuntimeException failure) {
        if (staleNanos > 0 && !engine.bypasses(slots) && LastGood.databaseFailed(failure)) {
            LastGood.Kept kept = lastGood().get(key);
            if (kept != null && System.nanoTime() - kept.loadedAt() < staleNanos) {
                staleServes.increment();
                return (R) kept.value();
            }
        }
        throw failure;
    }

    private LastGood lastGood() {
        LastGood kept = lastGood;
        if (kept == null) {
            kept = engine.lastGood();
            lastGood = kept;
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static <R> R shared(R value) {
        return value instanceof List<?> list ? (R) Collections.unmodifiableList(list) : value;
    }

    /** The sum of the generations of the epoch and of every table read; only ever grows. */
    long stamp() {
        long sum = 0;
        for (TableSlot slot : slots) {
            sum += slot.generation();
        }
        return sum;
    }

    TableSlot[] slots() {
        return slots;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CachedQuery[" + name + "]";
    }
}

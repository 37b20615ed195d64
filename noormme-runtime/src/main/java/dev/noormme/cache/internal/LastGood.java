package dev.noormme.cache.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.noormme.CircuitOpenException;
import dev.noormme.connection.CircuitBreaker;
import java.sql.SQLException;

/**
 * The last value each stale-if-error query loaded, per key, with when it was loaded: what a cached
 * read may serve while the database fails. Kept apart from the cache's {@link Store} because the
 * sweeps after every write remove stale and expired entries there, which are exactly the values
 * a failing database must fall back to. Bounded by the cache's entry count (Caffeine, W-TinyLFU);
 * written only when a miss loaded a value, so a hit costs nothing here.
 *
 * <p>Thread-safe.
 */
final class LastGood {

    /** How deep a cause chain is searched for the SQLite failure. */
    private static final int MAX_CAUSES = 16;

    private final Cache<Object, Kept> values;

    LastGood(long maxEntries) {
        this.values = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    /**
     * A value and the {@link System#nanoTime()} at which its query started.
     *
     * @param value what the query returned
     * @param loadedAt when the query that returned it started
     */
    record Kept(Object value, long loadedAt) {
    }

    void put(Object key, Object value, long loadedAt) {
        values.put(key, new Kept(value, loadedAt));
    }

    /** The last value loaded under {@code key}, or null. */
    Kept get(Object key) {
        return values.getIfPresent(key);
    }

    void clear() {
        values.invalidateAll();
    }

    /**
     * True when {@code failure} says the database itself does not work: the circuit breaker
     * refused the call, or SQLite failed with what the breaker counts as an I/O failure
     * ({@link CircuitBreaker#isIoFailure}). Never for a user error such as bad SQL or a
     * constraint violation.
     */
    static boolean databaseFailed(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof CircuitOpenException) {
                return true;
            }
            if (cause instanceof SQLException sql && CircuitBreaker.isIoFailure(sql)) {
                return true;
            }
        }
        return false;
    }
}

package dev.noormme.cache.internal;

/**
 * One cached result: the value, the sum of its tables' generations taken before the query ran,
 * and when it expires ({@link System#nanoTime()} scale). Immutable.
 */
final class Entry {

    final CachedQuery<?> query;
    final Object value;
    final long stamp;
    final long expiresAt;

    Entry(CachedQuery<?> query, Object value, long stamp, long expiresAt) {
        this.query = query;
        this.value = value;
        this.stamp = stamp;
        this.expiresAt = expiresAt;
    }

    /** True when no table it read has been written since, so it may be served. */
    boolean current() {
        return stamp == query.stamp();
    }

    boolean expired(long now) {
        return now - expiresAt >= 0;
    }
}

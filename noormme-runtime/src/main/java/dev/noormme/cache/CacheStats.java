package dev.noormme.cache;

/**
 * A snapshot of the query cache's counters since the database opened.
 *
 * @param hits reads answered from the cache
 * @param misses reads that ran their query (a bypass inside a writing transaction is neither)
 * @param hitRate {@code hits / (hits + misses)}; 0 before the first read
 * @param evictions entries removed because the cache was full or their time to live ended
 *        (invalidations by writes are not evictions)
 * @param size entries held now
 * @param staleServes misses whose query failed because the database did not work (circuit
 *        breaker open, or an I/O-class failure) and that were answered with the last value
 *        loaded, within the query's stale-if-error allowance; each is also a miss
 */
public record CacheStats(long hits, long misses, double hitRate, long evictions, long size, long staleServes) {

    /** The stats of these counters, with the hit rate computed from them. */
    public static CacheStats of(long hits, long misses, long evictions, long size, long staleServes) {
        long requests = hits + misses;
        return new CacheStats(hits, misses, requests == 0 ? 0.0 : (double) hits / requests, evictions, size,
                staleServes);
    }
}

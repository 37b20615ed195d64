package dev.noormme.cache;

/** How the query cache chooses what to evict when it holds its maximum number of entries. */
public enum CachePolicy {
    /**
     * Caffeine's W-TinyLFU: admits a new entry only when it is likely to be used more than the
     * one it would evict, and adapts its recency window to the workload. The default, and the
     * best hit rate on skewed (Zipf-like) access.
     */
    ADAPTIVE,
    /** Least recently used: evicts the entry read longest ago. */
    LRU,
    /**
     * Least frequently used: evicts the entry read least often, and of equals the one that
     * reached its count first. Counts halve after every 10 × {@code cacheMaxEntries} reads and
     * writes of the cache, so an entry that was hot once does not stay for ever. Suits a stable
     * hot set read between one-off scans; loses to LRU when the working set moves.
     */
    LFU,
    /** First in, first out: evicts the oldest entry, however often it is read. */
    FIFO
}

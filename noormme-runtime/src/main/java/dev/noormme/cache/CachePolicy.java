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
    /** First in, first out: evicts the oldest entry, however often it is read. */
    FIFO
}

package dev.noormme.health;

/** What an {@link Alert} is about. */
public enum AlertKind {
    /** A query ran longer than its slow-query threshold. */
    SLOW_QUERY,
    /** A query's share of failed runs rose past the alert threshold. */
    ERROR_RATE,
    /** A thread waited for a reader connection or the writer longer than the alert threshold. */
    POOL_EXHAUSTION,
    /** The WAL file grew past its size limit. */
    WAL_SIZE,
    /**
     * Space VACUUM would reclaim: free pages make up a large share of the file (SQLite), or dead
     * tuples a large share of a table (PostgreSQL).
     */
    FREE_PAGES,
    /** {@code PRAGMA quick_check} found a problem. */
    INTEGRITY,
    /** A {@code @Cached} method's hit rate is low. */
    CACHE_HIT_RATE,
    /** An optimizer run did its work, or could not do all of it (see {@code database.optimizer()}). */
    MAINTENANCE,
    /** The circuit breaker opened after repeated I/O failures (CRITICAL), or closed again (INFO). */
    CIRCUIT_BREAKER
}

package dev.noormme.cache;

/**
 * The query cache of one database ({@code database.cache()}): statistics and explicit
 * invalidation. Invalidation after NOORMME's own writes is automatic; these methods are for
 * changes NOORMME cannot see sooner than its {@code PRAGMA data_version} poll, or for tests.
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public interface QueryCache {

    /** The counters now. */
    CacheStats stats();

    /**
     * Evicts every cached result that read {@code table} (any case, as SQLite treats table
     * names), including {@code executeQuery} results that depend on it.
     */
    void invalidateTable(String table);

    /**
     * Evicts every cached result that read a table whose name matches {@code glob}: {@code *}
     * any text, {@code ?} one character, {@code [...]} one of a set, case-insensitively, e.g.
     * {@code "users*"}.
     *
     * @throws IllegalArgumentException when the glob has an unclosed {@code [}
     */
    void invalidate(String glob);

    /** Evicts every cached result. */
    void invalidateAll();
}

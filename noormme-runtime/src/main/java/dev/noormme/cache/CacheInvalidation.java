package dev.noormme.cache;

/**
 * How the query caches of several application instances on one PostgreSQL database tell each
 * other about committed writes, so that none serves a result another instance's write made
 * stale. SQLite ignores it: there every commit by another connection changes
 * {@code PRAGMA data_version}, which the cache polls.
 */
public enum CacheInvalidation {
    /**
     * {@link #NOTIFY} where the server accepts {@code LISTEN}, {@link #POLL} where it refuses it
     * as unsupported (CockroachDB; YugabyteDB before 2025.2.3 or without its flag). The default.
     */
    AUTO,
    /**
     * Each writing transaction sends {@code NOTIFY noormme_cache} naming the tables it wrote; a
     * dedicated connection per database listens. Fails the open where {@code LISTEN} is refused.
     */
    NOTIFY,
    /**
     * Each writing transaction bumps its tables' rows in {@code noormme_cache_versions}; every
     * instance reads that table once per {@code cachePollInterval}. For servers without
     * {@code LISTEN}; writers of one table wait for each other's commit on its row.
     */
    POLL
}

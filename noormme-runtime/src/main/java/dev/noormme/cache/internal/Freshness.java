package dev.noormme.cache.internal;

import dev.noormme.cache.CacheInvalidation;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import java.sql.SQLException;
import java.util.Set;

/**
 * How one database's cache learns of writes it did not make through itself, and how it tells
 * the caches of other application instances of its own: SQLite's {@code data_version}
 * ({@link DataVersion}), PostgreSQL's {@code LISTEN/NOTIFY} ({@link NotifyListener}) or a polled
 * versions table ({@link VersionTable}). The {@link CacheWatcher} thread calls {@link #tick()} and
 * {@link #poll()}; writing threads call {@link #announce} inside their transaction.
 */
interface Freshness {

    /** The freshness of {@code connections}' dialect, as {@code config} chooses it. */
    static Freshness of(ConnectionManager connections, DatabaseConfig config, CacheEngine engine) {
        return switch (connections.dialect()) {
            case SQLITE -> new DataVersion(connections, engine);
            case POSTGRESQL -> config.cacheInvalidation() == CacheInvalidation.POLL
                    ? new VersionTable(connections, engine)
                    : new NotifyListener(connections, config, engine);
        };
    }

    /** The name of the watcher thread. */
    String threadName();

    /**
     * Reads the state to compare later changes with, on the opening thread before the watcher
     * starts; may return another freshness to use instead (polling where {@code LISTEN} is refused).
     */
    Freshness start();

    /**
     * True when the watcher need not run before the cache holds its first entry, so that
     * {@code CacheEngine} starts it then ({@link #startWithoutWaiting()}) rather than at open.
     * False by default: a freshness that announces writes, or must be refused at open (no
     * {@code LISTEN}), starts at open.
     */
    default boolean startsWithFirstEntry() {
        return false;
    }

    /**
     * As {@link #start()}, on the thread of a cache miss: must not wait for the writer. Where
     * it cannot read its state now, it takes any state it reads later as a change.
     */
    default Freshness startWithoutWaiting() {
        return start();
    }

    /** At every tick of the watcher (as often as every 10 ms): cheap work only. */
    void tick();

    /** Once per poll interval; false when it could not run now and should be tried at the next tick. */
    boolean poll();

    /**
     * True when a write must run inside a transaction, so that {@link #announce} commits or rolls
     * back with it; false where other instances notice commits without being told.
     */
    boolean announces();

    /**
     * Tells other instances that the transaction on {@code handle}, about to commit, wrote
     * {@code tables} (lower case; {@link CacheEngine#ANY_TABLE} alone for "every table").
     */
    void announce(Handle handle, Set<String> tables) throws SQLException;

    /** Releases what {@link #start()} opened, once the watcher thread has ended. */
    void close();
}

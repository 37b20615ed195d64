package dev.noormme.cache.internal;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.connection.SqlFunction;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Set;

/**
 * SQLite: reads {@code PRAGMA data_version} and {@code PRAGMA schema_version} on the writer
 * connection every poll interval. {@code data_version} changes only when another connection
 * (another process, say) commits, so a change means the cache may be stale: it is flushed. A
 * schema change (a migration on this connection, say) flushes it too and makes the foreign-key and
 * trigger closure be computed again. Nothing to announce: every process sharing the file sees
 * every commit this way. Used by the watcher thread only, after {@link #start()}.
 */
final class DataVersion implements Freshness {

    private static final System.Logger LOG = System.getLogger(DataVersion.class.getName());
    private static final SqlFunction<Void, long[]> VERSIONS = DataVersion::versions;

    private final ConnectionManager connections;
    private final CacheEngine engine;
    private long dataVersion;
    private long schemaVersion;

    DataVersion(ConnectionManager connections, CacheEngine engine) {
        this.connections = connections;
        this.engine = engine;
    }

    @Override
    public String threadName() {
        return "noormme-cache-watcher";
    }

    @Override
    public Freshness start() {
        try {
            long[] versions = connections.write(VERSIONS, null);
            dataVersion = versions[0];
            schemaVersion = versions[1];
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read PRAGMA data_version; the first poll flushes the cache", e);
            dataVersion = -1;
        }
        return this;
    }

    /**
     * The watcher exists so that cached results see other processes' commits: it flushes
     * entries, and nothing else depends on it (announcing is not needed on SQLite). While nothing
     * is cached there is nothing to flush, so it starts with the first entry, before that entry's
     * query runs; a commit made elsewhere after this point is seen at the next poll, as with a
     * watcher started at open.
     */
    @Override
    public boolean startsWithFirstEntry() {
        return true;
    }

    /**
     * Reads the versions only if the writer is free now, since a miss must never wait behind the
     * application's transaction (whose thread may be waiting for this one). When it is not,
     * the first poll finds a different version and flushes: whatever was cached meanwhile.
     */
    @Override
    public Freshness startWithoutWaiting() {
        try {
            long[] versions = connections.writeIfIdle(VERSIONS, null);
            if (versions != null) {
                dataVersion = versions[0];
                schemaVersion = versions[1];
                return this;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not read PRAGMA data_version; the first poll flushes the cache", e);
        }
        dataVersion = -1;
        schemaVersion = -1;
        return this;
    }

    @Override
    public void tick() {
        // data_version is read per poll interval: a tick only advances the expiry clock.
    }

    @Override
    public boolean poll() {
        try {
            long[] versions = connections.writeIfIdle(VERSIONS, null);
            if (versions == null) {
                return false;
            }
            boolean schemaChanged = versions[1] != schemaVersion;
            if (versions[0] != dataVersion || schemaChanged) {
                dataVersion = versions[0];
                schemaVersion = versions[1];
                engine.flush(schemaChanged);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Polling PRAGMA data_version failed; trying again in the next interval", e);
        }
        return true;
    }

    @Override
    public boolean announces() {
        return false;
    }

    @Override
    public void announce(Handle handle, Set<String> tables) {
        // Other connections see the commit through their own data_version.
    }

    @Override
    public void close() {
        // Reads on the writer connection: nothing of its own to close.
    }

    private static long[] versions(Handle handle, Void unused) throws SQLException {
        return new long[] {handle.queryLong("PRAGMA data_version"), handle.queryLong("PRAGMA schema_version")};
    }
}

package dev.noormme.cache.internal;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.connection.SqlFunction;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread that reads {@code PRAGMA data_version} and {@code PRAGMA schema_version} on
 * the writer connection every poll interval. {@code data_version} changes only when another
 * connection (another process, say) commits, so a change means the cache may be stale: it is
 * flushed. A schema change (a migration on this connection, say) flushes it too and makes the
 * foreign-key and trigger closure be computed again. Also sweeps stale entries after writes.
 * Between polls it advances the engine's expiry clock, as often as the shortest ttl in use needs
 * ({@link CacheEngine#tickNanos}). Never touches the read path; stopped by {@link #stop()}.
 */
final class DataVersionWatcher {

    /** The most often the engine's expiry clock advances. */
    static final long MIN_TICK_MILLIS = 10;
    private static final System.Logger LOG = System.getLogger(DataVersionWatcher.class.getName());
    private static final SqlFunction<Void, long[]> VERSIONS = DataVersionWatcher::versions;

    private final ConnectionManager connections;
    private final CacheEngine engine;
    private final long intervalNanos;
    private final Thread thread;
    private volatile boolean stopped;
    private long dataVersion;
    private long schemaVersion;

    DataVersionWatcher(ConnectionManager connections, CacheEngine engine, Duration interval) {
        this.connections = connections;
        this.engine = engine;
        this.intervalNanos = interval.toNanos();
        this.thread = new Thread(this::run, "noormme-cache-watcher");
        this.thread.setDaemon(true);
    }

    /** Reads the versions now, so that any later change is noticed, then starts the thread. */
    void start() {
        try {
            long[] versions = connections.write(VERSIONS, null);
            dataVersion = versions[0];
            schemaVersion = versions[1];
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read PRAGMA data_version; the first poll flushes the cache", e);
            dataVersion = -1;
        }
        thread.start();
    }

    private void run() {
        long nextPoll = System.nanoTime() + intervalNanos;
        while (!stopped) {
            // Woken early by stop(), or by a shorter ttl that needs a finer clock (wake()).
            LockSupport.parkNanos(this, engine.tickNanos(intervalNanos));
            if (stopped) {
                return;
            }
            long now = System.nanoTime();
            engine.now = now;
            // A poll that finds the writer busy is retried at the next tick, so the clock above
            // keeps advancing however long the application's transactions hold the writer.
            if (!stopped && now - nextPoll >= 0 && poll()) {
                nextPoll = now + intervalNanos;
            }
        }
    }

    /** Polls the versions; false when the writer was busy and nothing was read. */
    private boolean poll() {
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
            engine.sweepIfDue();
        } catch (SQLException | RuntimeException e) {
            if (!stopped) {
                LOG.log(Level.DEBUG, "Polling PRAGMA data_version failed; trying again in the next interval", e);
            }
        }
        return true;
    }

    private static long[] versions(Handle handle, Void unused) throws SQLException {
        return new long[] {handle.queryLong("PRAGMA data_version"), handle.queryLong("PRAGMA schema_version")};
    }

    /** Starts the next tick now, so that a newly shortened tick applies at once. */
    void wake() {
        LockSupport.unpark(thread);
    }

    boolean started() {
        return thread.isAlive() || stopped;
    }

    /** Stops the thread and waits briefly for it to end. Idempotent. */
    void stop() {
        stopped = true;
        if (!thread.isAlive()) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

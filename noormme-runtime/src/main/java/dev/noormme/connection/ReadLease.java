package dev.noormme.connection;

/**
 * A connection lent for reading until {@link #close()}, for a read that outlives one call (a
 * lazily read {@code Stream}). Closing gives the connection back; it is idempotent.
 *
 * <p>On PostgreSQL the lent connection runs a read-only transaction from its first statement to
 * {@link #close()} (or is the thread's transaction's connection): pgJDBC reads a result in chunks
 * of {@link #fetchSize()} rows only outside auto-commit, and reads all of it at once otherwise.
 *
 * <p>Not thread-safe: one thread reads through it. Closing from another thread is allowed for a
 * reader or a transaction's connection; on an in-memory database (which has no readers, so the
 * lease holds the writer's lock) it must be closed on the thread that took it.
 */
public final class ReadLease implements AutoCloseable {

    private final Handle handle;
    private final Runnable release;
    private final int fetchSize;
    private boolean closed;

    ReadLease(Handle handle, Runnable release) {
        this(handle, release, 0);
    }

    ReadLease(Handle handle, Runnable release, int fetchSize) {
        this.handle = handle;
        this.release = release;
        this.fetchSize = fetchSize;
    }

    /**
     * The rows a statement on this connection should fetch per round trip to be read lazily
     * ({@link java.sql.Statement#setFetchSize}); 0 when the driver reads lazily anyway (SQLite
     * steps one row at a time).
     */
    public int fetchSize() {
        return fetchSize;
    }

    /** The lent connection; valid until {@link #close()}. */
    public Handle handle() {
        return handle;
    }

    /** Gives the connection back; later calls do nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }
}

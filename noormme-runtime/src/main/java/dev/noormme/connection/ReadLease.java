package dev.noormme.connection;

/**
 * A connection lent for reading until {@link #close()}, for a read that outlives one call (a
 * lazily read {@code Stream}). Closing gives the connection back; it is idempotent.
 *
 * <p>Not thread-safe: one thread reads through it. Closing from another thread is allowed for a
 * reader or a transaction's connection; on an in-memory database (which has no readers, so the
 * lease holds the writer's lock) it must be closed on the thread that took it.
 */
public final class ReadLease implements AutoCloseable {

    private final Handle handle;
    private final Runnable release;
    private boolean closed;

    ReadLease(Handle handle, Runnable release) {
        this.handle = handle;
        this.release = release;
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

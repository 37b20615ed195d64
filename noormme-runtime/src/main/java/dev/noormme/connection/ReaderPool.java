package dev.noormme.connection;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The idle reader connections, as a stack: the connection returned last is lent first, so a
 * lightly loaded application keeps reusing one connection whose page cache and prepared
 * statements are warm (a FIFO queue would rotate through all of them). Checkout and return are
 * O(1) and allocate nothing once every reader is open.
 *
 * <p>The pool holds up to {@code capacity} readers but opens only those it was given; the others
 * are opened when a caller finds none idle, so an application that reads from one thread at a
 * time never opens a second (each costs a file handle, SQLite's schema parse and a few
 * milliseconds at start-up). A reader not opened yet counts as idle: a caller gets it without
 * waiting for another to be returned. Thread-safe.
 */
final class ReaderPool {

    private static final System.Logger LOG = System.getLogger(ReaderPool.class.getName());

    /** Opens one more reader. */
    @FunctionalInterface
    interface Opener {
        Handle open() throws SQLException;
    }

    private final Handle[] idle;
    private final Opener opener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    /** Every reader opened, lent or idle: what closing closes. Guarded by {@link #lock}. */
    private final List<Handle> all;
    private int size;
    /** Readers opened or being opened. Guarded by {@link #lock}. */
    private int opened;
    private boolean closed;

    ReaderPool(List<Handle> readers, int capacity, Opener opener) {
        this.idle = new Handle[capacity];
        this.opener = opener;
        this.all = new ArrayList<>(readers);
        for (Handle reader : readers) {
            idle[size++] = reader;
        }
        this.opened = size;
    }

    /**
     * An idle reader, or a new one when none is idle and the pool is not full; null when all are
     * lent. A reader that fails to open is logged and the caller waits for one to be returned,
     * as it would have with every reader opened: at least one was opened at open.
     */
    Handle poll() {
        lock.lock();
        try {
            if (size > 0) {
                return take();
            }
            if (opened == idle.length || closed) {
                return null;
            }
            opened++; // reserved, so that two callers never open past the capacity
        } finally {
            lock.unlock();
        }
        return openOne();
    }

    private Handle openOne() {
        Handle handle = null;
        try {
            handle = opener.open();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not open another reader connection; waiting for one in use instead", e);
        }
        lock.lock();
        try {
            if (handle != null && !closed) {
                all.add(handle);
                return handle;
            }
            opened--;
        } finally {
            lock.unlock();
        }
        if (handle != null) { // closed while it was opening
            try {
                handle.close();
            } catch (SQLException e) {
                LOG.log(Level.DEBUG, "Closing a reader opened while the pool closed failed", e);
            }
        }
        return null;
    }

    /**
     * A reader returned to the pool, waiting up to {@code millis} for one; null when none was.
     * Opens none: for callers that found the pool full, and for closing.
     */
    Handle poll(long millis) throws InterruptedException {
        long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
        lock.lockInterruptibly();
        try {
            while (size == 0) {
                if (nanos <= 0L) {
                    return null;
                }
                nanos = returned.awaitNanos(nanos);
            }
            return take();
        } finally {
            lock.unlock();
        }
    }

    private Handle take() {
        Handle handle = idle[--size];
        idle[size] = null;
        return handle;
    }

    /** Returns a lent reader. */
    void offer(Handle handle) {
        lock.lock();
        try {
            idle[size++] = handle;
            returned.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The readers a caller could have now without waiting: the idle ones and those not opened yet. */
    int idle() {
        lock.lock();
        try {
            return size + idle.length - opened;
        } finally {
            lock.unlock();
        }
    }

    /** The most readers the pool holds. */
    int capacity() {
        return idle.length;
    }

    /**
     * Stops opening readers; the readers opened or being opened, to wait for before closing
     * them ({@link #opened()} after they are returned).
     */
    int close() {
        lock.lock();
        try {
            closed = true;
            return opened;
        } finally {
            lock.unlock();
        }
    }

    /** Every reader opened so far. */
    List<Handle> opened() {
        lock.lock();
        try {
            return List.copyOf(all);
        } finally {
            lock.unlock();
        }
    }
}

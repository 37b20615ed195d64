package dev.noormme.connection;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reader connections. Each reader is lent by a compare-and-set on its own flag, so threads
 * that read at once do not meet on a lock or on a shared stack: a thread first tries the reader
 * it had last (which, alone with it, keeps that reader's page cache and prepared statements in
 * its core's caches), then the readers in the order they were opened (so a lightly loaded
 * application keeps reusing the first one, warm, rather than rotating through all of them).
 * HikariCP's {@code ConcurrentBag} lends connections the same way. The lock is taken only to
 * open a reader, to wait for one, and to wake a waiter. Nothing is allocated to lend or return a
 * reader once every reader is open.
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

    /** The readers opened, in the order they were; the first {@link #count} are set, each once. */
    private final Handle[] readers;
    /** Written under {@link #lock} after the reader it counts, so a lock-free reader of it sees that reader. */
    private volatile int count;
    private final ThreadLocal<Handle> lastLent = new ThreadLocal<>();
    /** Callers waiting for a reader; a return wakes one only when there are any. */
    private final AtomicInteger waiting = new AtomicInteger();
    private final Opener opener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    /** Readers opened or being opened. Guarded by {@link #lock}. */
    private int reserved;
    private boolean closed;

    ReaderPool(List<Handle> opened, int capacity, Opener opener) {
        this.readers = new Handle[capacity];
        this.opener = opener;
        for (Handle reader : opened) {
            readers[reserved++] = reader;
        }
        this.count = reserved;
    }

    /**
     * An idle reader, or a new one when none is idle and the pool is not full; null when all are
     * lent. A reader that fails to open is logged and the caller waits for one to be returned,
     * as it would have with every reader opened: at least one was opened at open.
     */
    Handle poll() {
        Handle last = lastLent.get();
        if (last != null && last.lend()) {
            return last;
        }
        Handle idle = lendAny();
        if (idle != null) {
            return idle;
        }
        lock.lock();
        try {
            if (reserved == readers.length || closed) {
                return null;
            }
            reserved++; // so that two callers never open past the capacity
        } finally {
            lock.unlock();
        }
        return openOne();
    }

    private Handle lendAny() {
        int opened = count;
        for (int i = 0; i < opened; i++) {
            Handle reader = readers[i];
            if (reader.lend()) {
                lastLent.set(reader);
                return reader;
            }
        }
        return null;
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
                handle.lend(); // new, so nobody else can have it
                readers[count] = handle;
                count++;
                lastLent.set(handle);
                return handle;
            }
            reserved--;
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
        waiting.incrementAndGet(); // before looking, so that a return after the look wakes this caller
        try {
            lock.lockInterruptibly();
            try {
                while (true) {
                    Handle idle = lendAny();
                    if (idle != null) {
                        return idle;
                    }
                    if (nanos <= 0L) {
                        return null;
                    }
                    nanos = returned.awaitNanos(nanos);
                }
            } finally {
                lock.unlock();
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Returns a lent reader. */
    void offer(Handle handle) {
        handle.giveBack();
        if (waiting.get() > 0) {
            lock.lock();
            try {
                returned.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    /** The readers a caller could have now without waiting: the idle ones and those not opened yet. */
    int idle() {
        lock.lock();
        try {
            int idle = readers.length - reserved;
            for (int i = 0; i < count; i++) {
                if (!readers[i].lent()) {
                    idle++;
                }
            }
            return idle;
        } finally {
            lock.unlock();
        }
    }

    /** The most readers the pool holds. */
    int capacity() {
        return readers.length;
    }

    /**
     * Stops opening readers; the readers opened or being opened, to wait for before closing
     * them ({@link #opened()} after they are returned).
     */
    int close() {
        lock.lock();
        try {
            closed = true;
            return reserved;
        } finally {
            lock.unlock();
        }
    }

    /** Every reader opened so far. */
    List<Handle> opened() {
        lock.lock();
        try {
            return List.copyOf(Arrays.asList(readers).subList(0, count));
        } finally {
            lock.unlock();
        }
    }
}

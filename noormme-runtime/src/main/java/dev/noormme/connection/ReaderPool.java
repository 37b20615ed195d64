package dev.noormme.connection;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The idle reader connections, as a stack: the connection returned last is lent first, so a
 * lightly loaded application keeps reusing one connection whose page cache and prepared
 * statements are warm (a FIFO queue would rotate through all of them). Checkout and return are
 * O(1) and allocate nothing. Thread-safe.
 */
final class ReaderPool {

    private final Handle[] idle;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    private int size;

    ReaderPool(List<Handle> readers) {
        this.idle = readers.toArray(new Handle[0]);
        this.size = idle.length;
    }

    /** An idle reader, or null when all are lent. */
    Handle poll() {
        lock.lock();
        try {
            return size == 0 ? null : take();
        } finally {
            lock.unlock();
        }
    }

    /** An idle reader, waiting up to {@code millis} for one to be returned; null when none was. */
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

    /** The number of idle readers now. */
    int idle() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }
}

package dev.noormme.connection;

import java.time.Duration;

/**
 * A moment's view of the connections, and the waits for them since the database opened.
 *
 * @param readersIdle reader connections a caller gets without waiting: idle in the pool, or not
 *        opened yet
 * @param readersTotal reader connections the pool holds ({@code readerPoolSize}; each opened when first
 *        needed); 0 when reads share the writer
 * @param writerBusy true when a thread holds the writer (a write or a transaction is running)
 * @param readerWaits callers that waited for a reader connection
 * @param writerWaits callers that waited for the writer's lock (a write, a transaction, a backup)
 * @param waitThreshold a wait longer than this is counted as {@link Waits#overThreshold()}: half
 *        the busy timeout, the point where a caller waiting for a reader is halfway to failing
 */
public record PoolState(int readersIdle, int readersTotal, boolean writerBusy, Waits readerWaits, Waits writerWaits,
        Duration waitThreshold) {

    /** Connections lent out now: readers in use, plus the writer when it is busy. */
    public int connectionsInUse() {
        return readersTotal - readersIdle + (writerBusy ? 1 : 0);
    }
}

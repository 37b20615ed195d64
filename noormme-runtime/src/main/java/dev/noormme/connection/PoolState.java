package dev.noormme.connection;

/**
 * A moment's view of the connections.
 *
 * @param readersIdle reader connections waiting in the pool
 * @param readersTotal reader connections opened; 0 when reads share the writer
 * @param writerBusy true when a thread holds the writer (a write or a transaction is running)
 */
public record PoolState(int readersIdle, int readersTotal, boolean writerBusy) {
}

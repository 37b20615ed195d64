package dev.noormme.connection;

/**
 * A moment's figures of a HikariCP pool, as its {@code HikariPoolMXBean} gives them: what the
 * health check's "pool" reports on PostgreSQL. Immutable.
 *
 * @param active connections lent out
 * @param idle connections open and free
 * @param total connections open
 * @param awaiting threads waiting for a connection now
 * @param maximum the most the pool opens ({@code readerPoolSize + 1})
 */
public record HikariFigures(int active, int idle, int total, int awaiting, int maximum) {
}

package dev.noormme.config;

/**
 * The isolation level of a transaction on PostgreSQL ({@code DatabaseConfig.isolation}). SQLite
 * has one level only: its transactions are serializable, and this setting is ignored there.
 */
public enum Isolation {
    /** Each statement sees what was committed before it began: PostgreSQL's default. */
    READ_COMMITTED,
    /** Every statement of the transaction sees the snapshot taken at its first statement. */
    REPEATABLE_READ,
    /**
     * As {@link #REPEATABLE_READ}, and the server fails a transaction that could not have run
     * in some serial order (SQLSTATE 40001): the application runs it again.
     */
    SERIALIZABLE
}

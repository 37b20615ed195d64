package dev.noormme.connection;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connections of one database, as every other package sees them: reads, writes and
 * transactions run in callbacks on a lent {@link Handle}, so no connection can leak. One
 * implementation per dialect ({@link #open} picks it from the url); what they share lives here:
 * the thread's {@link Transaction} (nested calls join it, a failure escaping a nested call makes it
 * rollback-only), the {@link TransactionListener} told how each one ends, the circuit breaker that
 * admits every call and hears how it went, and the maintenance lock.
 *
 * <p>Routing: inside a transaction of the calling thread every call, reads included, runs on the
 * transaction's connection, so the transaction sees its own writes. Outside, each implementation
 * lends a connection in auto-commit for the callback.
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public abstract sealed class ConnectionManager permits SqliteConnections, PostgresConnections {

    private final String url;
    final CircuitBreaker breaker;
    /** Held by an optimizer run or a migration run, so that no two overlap. */
    private final ReentrantLock maintenanceLock = new ReentrantLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private volatile TransactionListener transactionListener = TransactionListener.NONE;
    private volatile boolean closed;

    /**
     * Hears how each outermost transaction ends; the query cache invalidates what a committed one
     * wrote. Called on the transaction's thread, while it still holds its connection. A write
     * outside a transaction commits on return and is not reported here: the cache learns of it
     * from the write itself.
     */
    public interface TransactionListener {
        /** Listens to nothing. */
        TransactionListener NONE = new TransactionListener() {
            @Override
            public void committing(Handle handle) {
            }

            @Override
            public void committed() {
            }

            @Override
            public void rolledBack() {
            }
        };

        /**
         * The transaction's work succeeded and COMMIT is next: the last chance to add statements to
         * it on {@code handle} (the query cache announces the tables written to other instances here,
         * so that the announcement commits or rolls back with the writes). A failure rolls the
         * transaction back.
         */
        void committing(Handle handle) throws SQLException;

        /** The transaction's COMMIT succeeded. */
        void committed();

        /** The transaction rolled back (its COMMIT may have failed first). */
        void rolledBack();
    }

    ConnectionManager(String url, CircuitBreaker breaker) {
        this.url = url;
        this.breaker = breaker;
    }

    /**
     * Opens the connections of {@code url}: SQLite's writer and readers for a {@code jdbc:sqlite:}
     * url, a connection pool for a {@code jdbc:postgresql:} one.
     *
     * @throws SQLException as the database reported it; the caller turns it into a message
     */
    public static ConnectionManager open(String url, DatabaseConfig config) throws SQLException {
        return switch (Dialect.of(url)) {
            case SQLITE -> SqliteConnections.connect(url, config);
            case POSTGRESQL -> PostgresConnections.connect(url, config);
        };
    }

    /**
     * The database file of a {@code jdbc:sqlite:} url, or null for an in-memory database or a
     * url of another dialect (which has no file of its own).
     */
    public static Path fileOf(String url) {
        return Dialect.of(url) == Dialect.SQLITE ? SqliteConnections.databaseFile(url) : null;
    }

    /** The dialect these connections speak. */
    public abstract Dialect dialect();

    /**
     * Runs {@code work} on a connection for reading, or on the transaction's connection inside
     * the thread's transaction.
     */
    public final <A, R> R read(SqlFunction<A, R> work, A argument) throws SQLException {
        return inTransaction()
                ? runInTransaction(work, argument, "while a transaction read")
                : readOutside(work, argument);
    }

    abstract <A, R> R readOutside(SqlFunction<A, R> work, A argument) throws SQLException;

    /**
     * Lends a connection for reading until the lease is closed. Inside the thread's transaction it
     * is the transaction's connection, and closing the lease gives nothing back: the transaction
     * must outlive the read.
     */
    public final ReadLease lendForRead() {
        Transaction transaction = current.get();
        return transaction != null ? new ReadLease(transaction.handle(), () -> { }, streamFetchSize()) : lendOutside();
    }

    /**
     * Lends a connection outside a transaction, as {@link #lendForRead} describes, ready to read a
     * statement's rows lazily with the lease's {@link ReadLease#fetchSize()}.
     */
    abstract ReadLease lendOutside();

    /** The fetch size of a lazily read statement on this database's connections; 0: the driver's own. */
    int streamFetchSize() {
        return 0;
    }

    /**
     * As {@link #read}, but every statement of {@code work} sees one snapshot of the database, so
     * that, say, a page and its total count agree even while others commit.
     */
    public final <A, R> R readSnapshot(SqlFunction<A, R> work, A argument) throws SQLException {
        return inTransaction() ? read(work, argument) : readSnapshotOutside(work, argument);
    }

    abstract <A, R> R readSnapshotOutside(SqlFunction<A, R> work, A argument) throws SQLException;

    /**
     * Runs {@code work} for writing: in the thread's transaction, or alone in auto-commit, its
     * changes committed when it returns.
     */
    public final <A, R> R write(SqlFunction<A, R> work, A argument) throws SQLException {
        return inTransaction()
                ? runInTransaction(work, argument, "while a transaction wrote")
                : writeOutside(work, argument);
    }

    abstract <A, R> R writeOutside(SqlFunction<A, R> work, A argument) throws SQLException;

    /**
     * As {@link #write}, but only when it need not wait behind the application's writes; null
     * when it would. For background work that must never delay the application.
     */
    public abstract <A, R> R writeIfIdle(SqlFunction<A, R> work, A argument) throws SQLException;

    /**
     * True while another thread waits to write: background work writing in batches gives way
     * between batches until this is false.
     */
    public abstract boolean writersWaiting();

    /** Work of the thread's transaction on its connection: a failure fails it, never repeats it. */
    private <A, R> R runInTransaction(SqlFunction<A, R> work, A argument, String what) throws SQLException {
        try {
            return run(current.get().handle(), work, argument);
        } catch (SQLException e) {
            throw notRepeatable(e, what);
        }
    }

    /**
     * The failure to throw for {@code failure}, met by work that must not run again (inside a
     * transaction that already ran some of it): unchanged unless the dialect words it.
     */
    SQLException notRepeatable(SQLException failure, String what) {
        return failure;
    }

    /** Runs work on a connection, telling the circuit breaker how it went. */
    final <A, R> R run(Handle handle, SqlFunction<A, R> work, A argument) throws SQLException {
        R result;
        try {
            result = work.apply(handle, argument);
        } catch (SQLException e) {
            handle.discardStatements(e);
            breaker.failed(e);
            throw e;
        }
        breaker.succeeded();
        return result;
    }

    /**
     * Runs {@code work} as the only maintenance of this database (an optimizer run, a migration
     * run), waiting until the one in progress ends. Reentrant on one thread.
     */
    public final <T> T maintenance(Callable<T> work) throws Exception {
        maintenanceLock.lock();
        try {
            return work.call();
        } finally {
            maintenanceLock.unlock();
        }
    }

    /**
     * As {@link #maintenance}, but only when no other maintenance runs now: empty otherwise,
     * without waiting.
     */
    public final <T> Optional<T> maintenanceIfIdle(Callable<T> work) throws Exception {
        if (!maintenanceLock.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.call());
        } finally {
            maintenanceLock.unlock();
        }
    }

    /** True while another thread waits to start maintenance: a long run should end after its current step. */
    public final boolean maintenanceAwaited() {
        return maintenanceLock.hasQueuedThreads();
    }

    /** True when the calling thread runs a transaction on this database. */
    public final boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. A
     * nested call joins the thread's transaction; an exception escaping a nested call marks the
     * whole transaction rollback-only, so that work which catches it cannot commit half of what
     * it meant to do.
     *
     * @throws RuntimeException the work's unchecked exception, unchanged
     * @throws NoormmeException wrapping the work's checked exception, or when the transaction
     *         was rolled back because a nested call failed
     */
    public final <T> T inTransaction(Callable<T> work) {
        Transaction joined = current.get();
        if (joined == null) {
            return outermostTransaction(work);
        }
        try {
            return work.call();
        } catch (Throwable failure) {
            joined.markRollbackOnly(failure);
            throw propagate(failure);
        }
    }

    /**
     * Begins a transaction on a connection of its own, has {@link #runTransaction} run the work
     * there, and gives the connection back.
     */
    abstract <T> T outermostTransaction(Callable<T> work);

    /** Ends the transaction on {@code handle}: COMMIT when {@code commit}, else ROLLBACK. */
    abstract void end(Handle handle, boolean commit) throws SQLException;

    /**
     * The body of an outermost transaction, begun on {@code handle}, which the caller holds until
     * this returns: runs the work as the thread's transaction, then commits or rolls back and
     * tells the listener.
     */
    final <T> T runTransaction(Handle handle, Callable<T> work) {
        Transaction transaction = new Transaction(handle);
        current.set(transaction);
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            current.remove();
            rollback(handle, failure);
            throw propagate(failure);
        }
        current.remove();
        if (transaction.rollbackOnly()) {
            NoormmeException failure = new NoormmeException("Transaction rolled back: a nested call failed"
                    + " and the outer work caught its exception; nothing was committed", transaction.rollbackCause());
            rollback(handle, failure);
            throw failure;
        }
        try {
            transactionListener.committing(handle);
            end(handle, true);
        } catch (SQLException e) {
            handle.discardStatements(e);
            breaker.failed(e);
            NoormmeException failure = SqlErrors.translate(notRepeatable(e, "while a transaction committed"),
                    "commit", null);
            rollback(handle, failure);
            throw failure;
        }
        transactionListener.committed();
        return result;
    }

    private void rollback(Handle handle, Throwable failure) {
        try {
            end(handle, false);
        } catch (SQLException e) {
            handle.discardStatements(e);
            // The database may already have rolled back (SQLite on SQLITE_FULL, say); keep the first failure.
            failure.addSuppressed(e);
        } finally {
            transactionListener.rolledBack();
        }
    }

    private static RuntimeException propagate(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new NoormmeException("Transaction rolled back: " + failure, failure);
    }

    /**
     * Refuses work inside the thread's transaction, for an operation that needs committed data.
     *
     * @throws IllegalStateException inside a transaction
     */
    final void requireNoTransaction(String refusal) {
        if (current.get() != null) {
            throw new IllegalStateException(refusal);
        }
    }

    /** Sets the one listener told of retries after a busy database and of the breaker (the monitor's). */
    public void reliabilityListener(ReliabilityListener listener) {
        breaker.listener(Objects.requireNonNull(listener, "listener"));
    }

    /** The circuit breaker as it is now (see {@link CircuitBreaker}). */
    public final CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** Sets the one listener told how each transaction ends (the query cache's). */
    public final void transactionListener(TransactionListener listener) {
        this.transactionListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Copies the database into {@code target} as one consistent state while it stays in use.
     *
     * @throws IllegalStateException when called inside a transaction (its writes are not committed)
     * @throws UnsupportedOperationException where the database has no such copy of its own (a
     *         PostgreSQL server is backed up with its own tools)
     */
    public abstract void backup(Path target) throws SQLException;

    /**
     * Replaces the database's content with the backup file's.
     *
     * @throws IllegalStateException when called inside a transaction
     * @throws UnsupportedOperationException where the database is not restored from a file
     */
    public abstract void restore(Path backup) throws SQLException;

    /** The connections as they are now, with the waits for them since the database opened. */
    public abstract PoolState state();

    /**
     * HikariCP's figures of the pool (active, idle, open, threads waiting, maximum), when the
     * connections are a HikariCP pool (PostgreSQL); empty for SQLite's own writer and readers,
     * whose figures {@link #state()} gives.
     */
    public Optional<HikariFigures> hikari() {
        return Optional.empty();
    }

    /** The url the connections were opened with; a password in it is shown as {@code ***}. */
    public final String url() {
        return url;
    }

    final void ensureOpen() {
        if (closed) {
            throw new NoormmeException("The database " + url + " is closed");
        }
    }

    /**
     * Closes every connection, waiting briefly for the work in progress. Idempotent; later calls
     * fail with the database named as closed.
     */
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeConnections();
    }

    /** Closes the connections once {@link #close} has refused new work. */
    abstract void closeConnections();
}

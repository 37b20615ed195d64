package dev.noormme.connection;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connections of one database: one writer guarded by a lock, so that writes inside the
 * process are serialized and threads never meet SQLITE_BUSY from each other, and a pool of
 * readers that read in parallel with the writer (WAL).
 *
 * <p>Routing: inside a transaction of the calling thread every call, reads included, runs on the
 * writer, so the transaction sees its own writes. Outside, {@link #read} takes a reader and
 * {@link #write} takes the writer under the lock, in auto-commit. Connections are only lent for
 * the duration of a callback, so none can leak.
 *
 * <p>Transactions use explicit {@code BEGIN IMMEDIATE}/{@code COMMIT}/{@code ROLLBACK} while the
 * JDBC connection stays in auto-commit: sqlite-jdbc's {@code setAutoCommit(false)} begins a new
 * transaction right after each commit, which would keep the write lock between transactions.
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public final class ConnectionManager {

    private static final System.Logger LOG = System.getLogger(ConnectionManager.class.getName());

    private final String url;
    private final Handle writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Held by an optimizer run or a migration run, so that no two overlap; taken before the write lock. */
    private final ReentrantLock maintenanceLock = new ReentrantLock();
    private final List<Handle> allReaders;
    private final ReaderPool readers; // null: reads share the writer
    private final long readerWaitMillis;
    private final Duration waitThreshold;
    private final WaitCounter readerWaits;
    private final WaitCounter writerWaits;
    private final BusyRetry busyRetry;
    private final CircuitBreaker breaker;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private volatile TransactionListener transactionListener = TransactionListener.NONE;
    private volatile boolean closed;

    /**
     * Hears how each outermost transaction ends; the query cache invalidates what a committed one
     * wrote. Called on the transaction's thread, while it still holds the writer lock.
     */
    public interface TransactionListener {
        /** Listens to nothing. */
        TransactionListener NONE = new TransactionListener() {
            @Override
            public void committed() {
            }

            @Override
            public void rolledBack() {
            }
        };

        /** The transaction's COMMIT succeeded. */
        void committed();

        /** The transaction rolled back (its COMMIT may have failed first). */
        void rolledBack();
    }

    private ConnectionManager(String url, Handle writer, List<Handle> readers, long readerWaitMillis,
            Duration waitThreshold, BusyRetry busyRetry, CircuitBreaker breaker) {
        this.url = url;
        this.busyRetry = busyRetry;
        this.breaker = breaker;
        this.writer = writer;
        this.allReaders = List.copyOf(readers);
        this.readers = readers.isEmpty() ? null : new ReaderPool(readers);
        this.readerWaitMillis = readerWaitMillis;
        this.waitThreshold = waitThreshold;
        this.readerWaits = new WaitCounter(waitThreshold);
        this.writerWaits = new WaitCounter(waitThreshold);
    }

    /**
     * Opens the writer, then the readers. An in-memory url gets no readers: each connection
     * would open a database of its own.
     *
     * @throws SQLException as SQLite reported it; the caller turns it into a message
     */
    public static ConnectionManager open(String url, DatabaseConfig config) throws SQLException {
        Handle writer = Connector.openWriter(url, config);
        List<Handle> readers = new ArrayList<>();
        try {
            if (Connector.wantsWal(config) && !isInMemory(url) && !"wal".equalsIgnoreCase(Connector.journalMode(writer))) {
                LOG.log(Level.WARNING, "SQLite refused WAL mode for {0}; readers will wait for the writer", url);
            }
            int size = isInMemory(url) ? 0 : config.readerPoolSize();
            for (int i = 0; i < size; i++) {
                readers.add(Connector.openReader(url, config));
            }
        } catch (SQLException | RuntimeException e) {
            for (Handle handle : readers) {
                closeQuietly(handle, e);
            }
            closeQuietly(writer, e);
            throw e;
        }
        // A reader waits at most the busy timeout plus a margin for a free connection.
        long wait = config.busyTimeout().toMillis() + 1000;
        // Half the busy timeout: a reader's wait past it is halfway to failing, a writer's is as
        // long as SQLite itself would wait for another process before giving up halfway.
        Duration threshold = config.busyTimeout().dividedBy(2);
        return new ConnectionManager(url, writer, readers, wait,
                threshold.isZero() ? Duration.ofMillis(1) : threshold,
                new BusyRetry(url, config.busyRetries(), config.busyRetryBackoff(), config.busyTimeout()),
                new CircuitBreaker(url, config.circuitBreakerThreshold(), config.circuitBreakerOpenDuration(),
                        System::nanoTime));
    }

    /** The database file of a {@code jdbc:sqlite:} url, or null for an in-memory database. */
    public static Path fileOf(String url) {
        String address = url.substring(DatabaseConfig.URL_PREFIX.length());
        if (address.startsWith("file:")) {
            address = address.substring("file:".length());
        }
        int query = address.indexOf('?');
        boolean memory = query >= 0 && address.substring(query).contains("mode=memory");
        if (query >= 0) {
            address = address.substring(0, query);
        }
        return address.isEmpty() || address.startsWith(":memory:") || memory ? null : Path.of(address);
    }

    /** True for urls that name an in-memory database rather than a file. */
    static boolean isInMemory(String url) {
        String address = url.substring(DatabaseConfig.URL_PREFIX.length());
        return address.isEmpty() || address.startsWith(":memory:") || address.contains("mode=memory");
    }

    /**
     * Runs {@code work} on a reader, or on the writer inside the thread's transaction. Outside a
     * transaction a read that met a busy database is tried again (see {@code busyRetries}):
     * reading changes nothing, so running it twice is safe.
     */
    public <A, R> R read(SqlFunction<A, R> work, A argument) throws SQLException {
        if (current.get() != null) {
            return runInTransaction(work, argument, "while a transaction read");
        }
        if (readers == null) {
            return write(work, argument);
        }
        long busySince = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return readOnce(work, argument);
            } catch (SQLException e) {
                busySince = busyRetry.pauseOrGiveUp(e, attempt, busySince);
            }
        }
    }

    private <A, R> R readOnce(SqlFunction<A, R> work, A argument) throws SQLException {
        ensureOpen();
        breaker.admit();
        Handle handle = readers.poll();
        if (handle == null) {
            handle = awaitReader();
        }
        try {
            return run(handle, work, argument);
        } finally {
            readers.offer(handle);
        }
    }

    /**
     * Lends a connection for reading until the lease is closed: inside the thread's transaction,
     * the writer (closing the lease gives nothing back; the transaction must outlive the read);
     * otherwise a reader, held until close; on an in-memory database, which has no readers, the
     * writer under its lock, so that writers wait until the lease is closed.
     */
    public ReadLease lendForRead() {
        if (current.get() != null) {
            return new ReadLease(writer, () -> { });
        }
        if (readers == null) {
            lockWriter();
            try {
                ensureOpen();
                breaker.admit();
            } catch (RuntimeException refused) {
                writeLock.unlock();
                throw refused;
            }
            return new ReadLease(writer, writeLock::unlock);
        }
        ensureOpen();
        breaker.admit();
        Handle handle = readers.poll();
        if (handle == null) {
            handle = awaitReader();
        }
        Handle lent = handle;
        return new ReadLease(lent, () -> readers.offer(lent));
    }

    /**
     * As {@link #read}, but every statement of {@code work} sees one snapshot of the database:
     * on a reader the work runs inside a read transaction ({@code BEGIN}...{@code COMMIT}), so
     * that, say, a page and its total count agree even while the writer commits.
     */
    public <A, R> R readSnapshot(SqlFunction<A, R> work, A argument) throws SQLException {
        if (current.get() != null || readers == null) {
            return read(work, argument);
        }
        long busySince = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return readSnapshotOnce(work, argument);
            } catch (SQLException e) {
                busySince = busyRetry.pauseOrGiveUp(e, attempt, busySince);
            }
        }
    }

    private <A, R> R readSnapshotOnce(SqlFunction<A, R> work, A argument) throws SQLException {
        ensureOpen();
        breaker.admit();
        Handle handle = readers.poll();
        if (handle == null) {
            handle = awaitReader();
        }
        boolean open = false;
        try {
            handle.execute("BEGIN");
            open = true;
            R result = run(handle, work, argument);
            handle.execute("COMMIT");
            open = false;
            return result;
        } catch (SQLException | RuntimeException | Error failure) {
            // Never return a reader inside a transaction: it would pin an old snapshot.
            handle.discardStatements(failure);
            if (open) {
                endReadTransaction(handle, failure);
            }
            throw failure;
        } finally {
            readers.offer(handle);
        }
    }

    private static void endReadTransaction(Handle handle, Throwable failure) {
        try {
            handle.executeOnce("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Runs {@code work} on the writer: in the thread's transaction, or alone under the lock in
     * auto-commit. Outside a transaction a write that met a busy database before it changed any
     * row is tried again (see {@code busyRetries}); one that had changed rows fails with the
     * busy database named, since its changes are committed already.
     */
    public <A, R> R write(SqlFunction<A, R> work, A argument) throws SQLException {
        if (current.get() != null) {
            return runInTransaction(work, argument, "while a transaction wrote");
        }
        long busySince = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return writeOnce(work, argument);
            } catch (SQLException e) {
                // The writer's lock is released here, so other threads go on while this one pauses.
                busySince = busyRetry.pauseOrGiveUp(e, attempt, busySince);
            }
        }
    }

    private <A, R> R writeOnce(SqlFunction<A, R> work, A argument) throws SQLException {
        lockWriter();
        try {
            ensureOpen();
            breaker.admit();
            long changesBefore = writer.totalChanges();
            try {
                return run(writer, work, argument);
            } catch (SQLException e) {
                if (BusyRetry.isBusy(e) && writer.totalChanges() != changesBefore) {
                    throw busyRetry.notRepeatable(e, "in a write outside a transaction");
                }
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs work of the thread's transaction on the writer: a busy database fails it, never repeats it. */
    private <A, R> R runInTransaction(SqlFunction<A, R> work, A argument, String what) throws SQLException {
        try {
            return run(writer, work, argument);
        } catch (SQLException e) {
            throw busyRetry.notRepeatable(e, what);
        }
    }

    /**
     * As {@link #write}, but only when the writer is free at once; null when another thread holds
     * it. For background work that must never wait behind the application's writes.
     */
    public <A, R> R writeIfIdle(SqlFunction<A, R> work, A argument) throws SQLException {
        if (!writeLock.tryLock()) {
            return null;
        }
        try {
            ensureOpen();
            breaker.admit();
            return run(writer, work, argument);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * True while another thread waits for the writer: background work writing in batches gives
     * the writer up between batches until this is false, since the lock would let it barge ahead.
     */
    public boolean writersWaiting() {
        return writeLock.hasQueuedThreads();
    }

    /**
     * Runs {@code work} as the only maintenance of this database (an optimizer run, a migration
     * run), waiting until the one in progress ends. Reentrant on one thread.
     */
    public <T> T maintenance(Callable<T> work) throws Exception {
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
    public <T> Optional<T> maintenanceIfIdle(Callable<T> work) throws Exception {
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
    public boolean maintenanceAwaited() {
        return maintenanceLock.hasQueuedThreads();
    }

    /** Runs work on a connection, telling the circuit breaker how it went. */
    private <A, R> R run(Handle handle, SqlFunction<A, R> work, A argument) throws SQLException {
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

    /** True when the calling thread runs a transaction on this database. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Runs {@code work} in a transaction: {@code BEGIN IMMEDIATE}, then {@code COMMIT} when it
     * returns, {@code ROLLBACK} when it throws. A nested call joins the thread's transaction; an
     * exception escaping a nested call marks the whole transaction rollback-only, so that work
     * which catches it cannot commit half of what it meant to do.
     *
     * @throws RuntimeException the work's unchecked exception, unchanged
     * @throws NoormmeException wrapping the work's checked exception, or when the transaction
     *         was rolled back because a nested call failed
     */
    public <T> T inTransaction(Callable<T> work) {
        Transaction joined = current.get();
        if (joined != null) {
            return joinTransaction(joined, work);
        }
        long busySince = 0;
        for (int attempt = 1; ; attempt++) {
            SQLException notBegun;
            lockWriter();
            try {
                ensureOpen();
                breaker.admit();
                notBegun = begin();
                if (notBegun == null) {
                    return runTransaction(work);
                }
            } finally {
                writeLock.unlock();
            }
            // BEGIN IMMEDIATE failed, so none of the work ran: a busy database is waited for and
            // the whole transaction tried again, outside the writer's lock.
            try {
                busySince = busyRetry.pauseOrGiveUp(notBegun, attempt, busySince);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, "begin transaction", null);
            }
        }
    }

    /** {@code BEGIN IMMEDIATE} on the writer: null when it began, else SQLite's failure. */
    private SQLException begin() {
        try {
            writer.execute("BEGIN IMMEDIATE");
            return null;
        } catch (SQLException e) {
            writer.discardStatements(e);
            breaker.failed(e);
            return e;
        }
    }

    /** The body of an outermost transaction, begun on the writer, which the caller holds. */
    private <T> T runTransaction(Callable<T> work) {
        Transaction transaction = new Transaction();
        current.set(transaction);
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            current.remove();
            rollback(failure);
            throw propagate(failure);
        }
        current.remove();
        if (transaction.rollbackOnly()) {
            NoormmeException failure = new NoormmeException("Transaction rolled back: a nested call failed"
                    + " and the outer work caught its exception; nothing was committed", transaction.rollbackCause());
            rollback(failure);
            throw failure;
        }
        commit();
        transactionListener.committed();
        return result;
    }

    private <T> T joinTransaction(Transaction transaction, Callable<T> work) {
        try {
            return work.call();
        } catch (Throwable failure) {
            transaction.markRollbackOnly(failure);
            throw propagate(failure);
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

    private void commit() {
        try {
            writer.execute("COMMIT");
        } catch (SQLException e) {
            writer.discardStatements(e);
            breaker.failed(e);
            NoormmeException failure = SqlErrors.translate(busyRetry.notRepeatable(e, "while a transaction committed"),
                    "commit", null);
            rollback(failure);
            throw failure;
        }
    }

    private void rollback(Throwable failure) {
        try {
            writer.execute("ROLLBACK");
        } catch (SQLException e) {
            writer.discardStatements(e);
            // SQLite may already have rolled back (e.g. on SQLITE_FULL); keep the first failure.
            failure.addSuppressed(e);
        } finally {
            transactionListener.rolledBack();
        }
    }

    /** Sets the one listener told of retries after a busy database and of the breaker (the monitor's). */
    public void reliabilityListener(ReliabilityListener listener) {
        busyRetry.listener(java.util.Objects.requireNonNull(listener, "listener"));
        breaker.listener(listener);
    }

    /** The circuit breaker as it is now (see {@link CircuitBreaker}). */
    public CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    /** Sets the one listener told how each transaction ends (the query cache's). */
    public void transactionListener(TransactionListener listener) {
        this.transactionListener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Copies the database into {@code target} with SQLite's online backup API, on the writer
     * under the lock: the copy is one consistent state, readers go on reading meanwhile, writers
     * wait until it is done.
     *
     * @throws IllegalStateException when called inside a transaction (its writes are not committed)
     */
    public void backup(Path target) throws SQLException {
        if (current.get() != null) {
            throw new IllegalStateException("backup() cannot run inside a transaction: its writes are not committed yet");
        }
        lockWriter();
        try {
            ensureOpen();
            Backup.copy(writer, target);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Replaces the database's content with the backup file's (SQLite's backup API in reverse),
     * on the writer under the lock: writers wait, readers see the old content or the new.
     * Every cached statement of the writer is dropped, since the schema may have changed.
     *
     * @throws IllegalStateException when called inside a transaction
     */
    public void restore(Path backup) throws SQLException {
        if (current.get() != null) {
            throw new IllegalStateException("restore() cannot run inside a transaction");
        }
        lockWriter();
        try {
            ensureOpen();
            SQLException failure = new SQLException("discarding statements before a restore");
            writer.discardStatements(failure);
            Backup.restore(writer, backup);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Takes the writer's lock. The uncontended path is the lock's own: {@code tryLock} is what a
     * non-fair {@code lock()} tries first; only a caller that has to wait reads the clock.
     */
    private void lockWriter() {
        if (!writeLock.tryLock()) {
            long start = System.nanoTime();
            writeLock.lock();
            writerWaits.record(System.nanoTime() - start);
        }
    }

    /** The pool as it is now, with the waits for its connections since the database opened. */
    public PoolState state() {
        int idle = readers == null ? 0 : readers.idle();
        return new PoolState(idle, allReaders.size(), writeLock.isLocked(), readerWaits.snapshot(),
                writerWaits.snapshot(), waitThreshold);
    }

    /** The url the connections were opened with. */
    public String url() {
        return url;
    }

    /** A reader for a caller that found none idle: the only path on which reader waits are timed. */
    private Handle awaitReader() {
        long start = System.nanoTime();
        try {
            Handle handle = readers.poll(readerWaitMillis);
            readerWaits.record(System.nanoTime() - start);
            if (handle == null) {
                ensureOpen();
                throw new NoormmeException("No reader connection became free within " + readerWaitMillis
                        + " ms: all " + allReaders.size() + " are in use. Raise readerPoolSize or shorten long reads");
            }
            return handle;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoormmeException("Interrupted while waiting for a reader connection", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new NoormmeException("The database " + url + " is closed");
        }
    }

    /**
     * Closes every connection: waits for the readers in use to come back and for the writer's
     * current work to finish (each up to the reader wait), then closes them all. Idempotent.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        NoormmeException failure = new NoormmeException("Closing " + url + " failed");
        if (readers != null) {
            for (int returned = 0; returned < allReaders.size(); returned++) {
                try {
                    if (readers.poll(readerWaitMillis) == null) {
                        break;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            for (Handle handle : allReaders) {
                closeQuietly(handle, failure);
            }
        }
        boolean locked = false;
        try {
            locked = writeLock.tryLock(readerWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            closeQuietly(writer, failure);
        } finally {
            if (locked) {
                writeLock.unlock();
            }
        }
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeQuietly(Handle handle, Throwable failure) {
        try {
            handle.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

package dev.noormme.connection;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connections of a SQLite database: one writer guarded by a lock, so that writes inside the
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
final class SqliteConnections extends ConnectionManager {

    private static final System.Logger LOG = System.getLogger(SqliteConnections.class.getName());

    private final Handle writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReaderPool readers; // null: reads share the writer
    private final long readerWaitMillis;
    private final Duration waitThreshold;
    private final WaitCounter readerWaits;
    private final WaitCounter writerWaits;
    private final BusyRetry busyRetry;

    private SqliteConnections(String url, Handle writer, ReaderPool readers, long readerWaitMillis,
            Duration waitThreshold, BusyRetry busyRetry, CircuitBreaker breaker) {
        super(url, breaker);
        this.busyRetry = busyRetry;
        this.writer = writer;
        this.readers = readers;
        this.readerWaitMillis = readerWaitMillis;
        this.waitThreshold = waitThreshold;
        this.readerWaits = new WaitCounter(waitThreshold);
        this.writerWaits = new WaitCounter(waitThreshold);
    }

    /**
     * Opens the writer, then one reader; the pool opens the others when a read finds none idle
     * (see {@link ReaderPool}). The first is opened here so that a file the readers cannot
     * open fails the open, as before, and the first query finds it ready. An in-memory url gets
     * no readers: each connection would open a database of its own.
     *
     * @throws SQLException as SQLite reported it; the caller turns it into a message
     */
    static SqliteConnections connect(String url, DatabaseConfig config) throws SQLException {
        Handle writer = Connector.openWriter(url, config);
        List<Handle> readers = new ArrayList<>();
        try {
            if (Connector.wantsWal(config) && !isInMemory(url) && !"wal".equalsIgnoreCase(Connector.journalMode(writer))) {
                LOG.log(Level.WARNING, "SQLite refused WAL mode for {0}; readers will wait for the writer", url);
            }
            int size = isInMemory(url) ? 0 : config.readerPoolSize();
            if (size > 0) {
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
        ReaderPool pool = readers.isEmpty() ? null
                : new ReaderPool(readers, config.readerPoolSize(), () -> Connector.openReader(url, config));
        return new SqliteConnections(url, writer, pool, wait,
                threshold.isZero() ? Duration.ofMillis(1) : threshold,
                new BusyRetry(url, config.busyRetries(), config.busyRetryBackoff(), config.busyTimeout()),
                new CircuitBreaker(url, config.circuitBreakerThreshold(), config.circuitBreakerOpenDuration(),
                        System::nanoTime));
    }

    /** The database file of a {@code jdbc:sqlite:} url, or null for an in-memory database. */
    static Path databaseFile(String url) {
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

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    /**
     * Runs {@code work} on a reader. A read that met a busy database is tried again (see
     * {@code busyRetries}): reading changes nothing, so running it twice is safe.
     */
    @Override
    <A, R> R readOutside(SqlFunction<A, R> work, A argument) throws SQLException {
        if (readers == null) {
            return writeOutside(work, argument);
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
     * Lends a reader, held until the lease is closed; on an in-memory database, which has no
     * readers, the writer under its lock, so that writers wait until the lease is closed.
     */
    @Override
    ReadLease lendOutside() {
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
     * On a reader the work runs inside a read transaction ({@code BEGIN}...{@code COMMIT}), so
     * that, say, a page and its total count agree even while the writer commits.
     */
    @Override
    <A, R> R readSnapshotOutside(SqlFunction<A, R> work, A argument) throws SQLException {
        if (readers == null) {
            return readOutside(work, argument);
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
     * Runs {@code work} on the writer, alone under the lock in auto-commit. A write that met a
     * busy database before it changed any row is tried again (see {@code busyRetries}); one that
     * had changed rows fails with the busy database named, since its changes are committed already.
     */
    @Override
    <A, R> R writeOutside(SqlFunction<A, R> work, A argument) throws SQLException {
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

    /** Writes only when the writer is free at once; null when another thread holds it. */
    @Override
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
    @Override
    public boolean writersWaiting() {
        return writeLock.hasQueuedThreads();
    }

    @Override
    SQLException notRepeatable(SQLException failure, String what) {
        return busyRetry.notRepeatable(failure, what);
    }

    /**
     * {@code BEGIN IMMEDIATE} on the writer under its lock; the transaction ends with explicit
     * {@code COMMIT} or {@code ROLLBACK}. A BEGIN that met a busy database is tried again.
     */
    @Override
    <T> T outermostTransaction(Callable<T> work) {
        long busySince = 0;
        for (int attempt = 1; ; attempt++) {
            SQLException notBegun;
            lockWriter();
            try {
                ensureOpen();
                breaker.admit();
                notBegun = begin();
                if (notBegun == null) {
                    return runTransaction(writer, work);
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

    @Override
    void end(Handle handle, boolean commit) throws SQLException {
        handle.execute(commit ? "COMMIT" : "ROLLBACK");
    }

    @Override
    public void reliabilityListener(ReliabilityListener listener) {
        super.reliabilityListener(listener);
        busyRetry.listener(listener);
    }

    /**
     * Copies the database into {@code target} with SQLite's online backup API, on the writer
     * under the lock: the copy is one consistent state, readers go on reading meanwhile, writers
     * wait until it is done.
     *
     * @throws IllegalStateException when called inside a transaction (its writes are not committed)
     */
    @Override
    public void backup(Path target) throws SQLException {
        requireNoTransaction("backup() cannot run inside a transaction: its writes are not committed yet");
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
    @Override
    public void restore(Path backup) throws SQLException {
        requireNoTransaction("restore() cannot run inside a transaction");
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

    /** The readers and the writer as they are now, with the waits for them since the database opened. */
    @Override
    public PoolState state() {
        int idle = readers == null ? 0 : readers.idle();
        return new PoolState(idle, readers == null ? 0 : readers.capacity(), writeLock.isLocked(), readerWaits.snapshot(),
                writerWaits.snapshot(), waitThreshold);
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
                        + " ms: all " + readers.capacity() + " are in use. Raise readerPoolSize or shorten long reads");
            }
            return handle;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoormmeException("Interrupted while waiting for a reader connection", e);
        }
    }

    /**
     * Waits for the readers in use to come back and for the writer's current work to finish
     * (each up to the reader wait), then closes them all.
     */
    @Override
    void closeConnections() {
        NoormmeException failure = new NoormmeException("Closing " + url() + " failed");
        if (readers != null) {
            int opened = readers.close();
            for (int returned = 0; returned < opened; returned++) {
                try {
                    if (readers.poll(readerWaitMillis) == null) {
                        break;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            for (Handle handle : readers.opened()) {
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

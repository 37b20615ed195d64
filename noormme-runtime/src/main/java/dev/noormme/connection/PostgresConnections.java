package dev.noormme.connection;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.pool.HikariPool;
import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The connections of a PostgreSQL database: a HikariCP pool of {@code readerPoolSize + 1}
 * connections, any of which reads or writes (the server, not this process, orders concurrent
 * writers, so there is no single writer).
 *
 * <p>Outside a transaction a call borrows a connection in auto-commit for its callback; a write
 * has committed when it returns. A transaction holds one connection with auto-commit off from its
 * first call to its COMMIT or ROLLBACK, at the configured isolation (READ COMMITTED unless set).
 * Each borrow gets a {@link Handle} of its own whose statements are closed when the connection
 * goes back: pgJDBC keeps server-side prepared statements per physical connection itself.
 *
 * <p>No class here refers to pgJDBC's types but {@link PostgresErrors}, loaded only for one of
 * pgJDBC's exceptions: a SQLite application without the driver never loads it. Thread-safe:
 * every method may be called from any thread.
 */
final class PostgresConnections extends ConnectionManager {

    private static final System.Logger LOG = System.getLogger(PostgresConnections.class.getName());
    /** A borrow that took longer than this waited for a connection; a free one is handed out in microseconds. */
    private static final long WAITED_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Rows per round trip of a lazily read stream: a few kilobytes to some hundreds, never the whole result. */
    static final int STREAM_FETCH_SIZE = 256;

    private final HikariDataSource pool;
    private final Duration waitThreshold;
    private final WaitCounter waits;

    private PostgresConnections(String url, HikariDataSource pool, Duration waitThreshold, CircuitBreaker breaker) {
        super(url, breaker);
        this.pool = pool;
        this.waitThreshold = waitThreshold;
        this.waits = new WaitCounter(waitThreshold);
    }

    /**
     * Starts the pool and its first connection, so that an unreachable server fails the open
     * within the connect timeout ({@code busyTimeout}) instead of the first query.
     *
     * @return typed as the base, so that verifying {@link ConnectionManager#open} does not load
     *         this class for a SQLite database
     * @throws NoormmeException naming host and port, and what to check, when no connection opens
     */
    static ConnectionManager connect(String url, DatabaseConfig config) {
        requireDriver();
        logIgnoredSettings(config);
        PostgresAddress address = PostgresAddress.of(url);
        HikariConfig settings = new HikariConfig();
        settings.setJdbcUrl(url);
        config.username().ifPresent(settings::setUsername);
        config.password().ifPresent(settings::setPassword);
        settings.setPoolName("noormme-" + address.database());
        settings.setMaximumPoolSize(config.readerPoolSize() + 1);
        // Hikari refuses less than 250 ms; a wait for a free connection is bounded like SQLite's reader wait.
        long timeout = Math.max(250, config.busyTimeout().toMillis());
        settings.setConnectionTimeout(timeout);
        // One attempt at open: an unreachable server fails it now, with pgJDBC's reason, and never
        // loops (HikariCP pauses one second after the failed attempt before it gives up).
        settings.setInitializationFailTimeout(1);
        settings.setTransactionIsolation("TRANSACTION_" + config.isolation().name());
        // pgJDBC counts its connect timeout in whole seconds: rounded up, never below the pool's.
        settings.addDataSourceProperty("connectTimeout", String.valueOf((timeout + 999) / 1000));
        settings.addDataSourceProperty("ApplicationName", "noormme");
        HikariDataSource pool;
        long start = System.nanoTime();
        try {
            pool = new HikariDataSource(settings);
        } catch (HikariPool.PoolInitializationException e) {
            throw unreachable(address, e.getCause() == null ? e : e.getCause(), System.nanoTime() - start, timeout);
        }
        Duration threshold = config.busyTimeout().dividedBy(2);
        // Only the pool needs the password: every message and log names the url without it.
        String shown = PostgresAddress.withoutPassword(url);
        return new PostgresConnections(shown, pool, threshold.isZero() ? Duration.ofMillis(1) : threshold,
                new CircuitBreaker(shown, config.circuitBreakerThreshold(), config.circuitBreakerOpenDuration(),
                        System::nanoTime));
    }

    private static void requireDriver() {
        try {
            Class.forName("org.postgresql.Driver", false, PostgresConnections.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new NoormmeException("The url is a PostgreSQL one but the PostgreSQL driver is not on the classpath:"
                    + " add the dependency org.postgresql:postgresql (README, \"PostgreSQL\")", e);
        }
    }

    private static void logIgnoredSettings(DatabaseConfig config) {
        LOG.log(Level.DEBUG, "journalMode ({0}), synchronous ({1}), busyRetries ({2}) and busyRetryBackoff ({3}) are"
                + " SQLite settings: ignored on PostgreSQL, where busyTimeout is the connect and pool timeout",
                config.journalMode(), config.synchronous(), config.busyRetries(), config.busyRetryBackoff());
    }

    private static NoormmeException unreachable(PostgresAddress address, Throwable cause, long tookNanos,
            long timeoutMillis) {
        String reason = String.valueOf(cause.getMessage()).strip();
        String state = cause instanceof SQLException sql ? String.valueOf(sql.getSQLState()) : "";
        String check;
        if (state.startsWith("28")) {
            check = "Check the user and password (in the url, or username/password, NOORMME_USERNAME/NOORMME_PASSWORD)";
        } else if (state.equals("3D000")) {
            check = "Check the database name at the end of the url, or create the database";
        } else {
            check = "Check that the server runs and listens on " + address.hostAndPort() + " (listen_addresses and port"
                    + " in postgresql.conf, pg_hba.conf for this client), the host and port in the url, and any firewall"
                    + " in between; the connect timeout is busyTimeout (" + timeoutMillis + " ms)";
        }
        return new NoormmeException("Cannot connect to PostgreSQL at " + address.hostAndPort() + " (database "
                + address.database() + ") after " + TimeUnit.NANOSECONDS.toMillis(tookNanos) + " ms: " + reason + ". "
                + check, cause);
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    /** A connection of the pool, admitted by the breaker; the caller closes the handle to give it back. */
    private Handle borrow() throws SQLException {
        ensureOpen();
        breaker.admit();
        long start = System.nanoTime();
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            breaker.failed(e);
            throw e;
        }
        long waited = System.nanoTime() - start;
        if (waited > WAITED_NANOS) {
            waits.record(waited);
        }
        return new Handle(connection);
    }

    /** Gives a borrowed connection back; a failure to do so is added to the work's failure, or thrown. */
    private static void giveBack(Handle handle, Throwable failure) throws SQLException {
        try {
            handle.close();
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    @Override
    <A, R> R readOutside(SqlFunction<A, R> work, A argument) throws SQLException {
        return writeOutside(work, argument);
    }

    @Override
    <A, R> R writeOutside(SqlFunction<A, R> work, A argument) throws SQLException {
        Handle handle = borrow();
        Throwable failure = null;
        try {
            return run(handle, work, argument);
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            giveBack(handle, failure);
        }
    }

    /**
     * A connection in a read-only transaction until the lease is closed: pgJDBC fetches a
     * statement's rows {@value #STREAM_FETCH_SIZE} at a time (a portal the server suspends between
     * fetches) only with auto-commit off; in auto-commit it would read the whole result into memory
     * before the stream's first row. Closing the lease rolls the transaction back (it wrote
     * nothing) and gives the connection back in auto-commit.
     */
    @Override
    ReadLease lendOutside() {
        Handle handle;
        try {
            handle = borrow();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "borrowing a connection to read", null);
        }
        try {
            // pgJDBC begins the transaction (BEGIN READ ONLY) with the stream's statement.
            handle.connection().setAutoCommit(false);
            handle.connection().setReadOnly(true);
        } catch (SQLException e) {
            breaker.failed(e);
            NoormmeException failure = SqlErrors.translate(e, "beginning a read-only transaction to stream", null);
            endStream(handle, failure);
            throw failure;
        }
        return new ReadLease(handle, () -> endStream(handle, null), STREAM_FETCH_SIZE);
    }

    @Override
    int streamFetchSize() {
        return STREAM_FETCH_SIZE;
    }

    /**
     * Ends a stream's read-only transaction and gives its connection back in auto-commit; a
     * failure changes no data, so it is added to {@code failure} or logged (Hikari drops a
     * connection that fails this way).
     */
    private void endStream(Handle handle, Throwable failure) {
        try {
            try {
                Connection connection = handle.connection();
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            } finally {
                handle.close();
            }
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.log(Level.WARNING, "Could not end a stream's read transaction on " + url()
                        + " and give its connection back to its pool", e);
            }
        }
    }

    /** One REPEATABLE READ, READ ONLY transaction: every statement of the work sees one snapshot. */
    @Override
    <A, R> R readSnapshotOutside(SqlFunction<A, R> work, A argument) throws SQLException {
        return writeOutside((handle, unused) -> {
            handle.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            try {
                R result = work.apply(handle, argument);
                handle.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error failure) {
                try {
                    handle.executeOnce("ROLLBACK");
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
        }, null);
    }

    /** There is no single writer to wait for: this writes as {@link #write} does. */
    @Override
    public <A, R> R writeIfIdle(SqlFunction<A, R> work, A argument) throws SQLException {
        return write(work, argument);
    }

    /**
     * True while a thread waits for a connection of the pool: background work writing in batches
     * gives way between batches, as it gives way to waiting writers on SQLite.
     */
    @Override
    public boolean writersWaiting() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return bean != null && bean.getThreadsAwaitingConnection() > 0;
    }

    /** Borrows a connection, turns auto-commit off (pgJDBC begins at the first statement), and runs the work. */
    @Override
    <T> T outermostTransaction(Callable<T> work) {
        Handle handle;
        try {
            handle = borrow();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "begin transaction", null);
        }
        try {
            try {
                handle.connection().setAutoCommit(false);
            } catch (SQLException e) {
                breaker.failed(e);
                throw SqlErrors.translate(e, "begin transaction", null);
            }
            return runTransaction(handle, work);
        } finally {
            endBorrow(handle);
        }
    }

    /**
     * Auto-commit back on and the connection back to the pool, once the transaction has committed
     * or rolled back: a failure here changes nothing the transaction did, so it is only logged
     * (Hikari drops a connection that fails this way).
     */
    private void endBorrow(Handle handle) {
        try {
            handle.connection().setAutoCommit(true);
            handle.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not give a transaction's connection of " + url() + " back to its pool", e);
        }
    }

    @Override
    void end(Handle handle, boolean commit) throws SQLException {
        if (commit) {
            handle.connection().commit();
        } else {
            handle.connection().rollback();
        }
    }

    @Override
    public void backup(Path target) {
        throw new UnsupportedOperationException("backup(Path) copies a SQLite file; a PostgreSQL database is backed up"
                + " by its server: pg_dump (or pg_basebackup and WAL archiving) for " + url());
    }

    @Override
    public void restore(Path backup) {
        throw new UnsupportedOperationException("restore(Path) replaces a SQLite file; a PostgreSQL database is restored"
                + " by its server's tools: pg_restore or psql from a pg_dump, for " + url());
    }

    /**
     * The pool as it is now: its connections count as readers (idle and open), since any of them
     * reads; there is no writer of its own, so {@code writerBusy} is false and writer waits are none.
     */
    @Override
    public PoolState state() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        int idle = bean == null ? 0 : bean.getIdleConnections();
        int total = bean == null ? 0 : bean.getTotalConnections();
        return new PoolState(idle, total, false, waits.snapshot(), Waits.NONE, waitThreshold);
    }

    /** Hikari's own figures of the pool now, from its {@link HikariPoolMXBean}. */
    @Override
    public Optional<HikariFigures> hikari() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        return Optional.of(bean == null ? new HikariFigures(0, 0, 0, 0, pool.getMaximumPoolSize())
                : new HikariFigures(bean.getActiveConnections(), bean.getIdleConnections(), bean.getTotalConnections(),
                        bean.getThreadsAwaitingConnection(), pool.getMaximumPoolSize()));
    }

    /** Closes the pool: its idle connections now, borrowed ones as they come back (Hikari waits for them briefly). */
    @Override
    void closeConnections() {
        pool.close();
    }
}

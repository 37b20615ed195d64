package dev.noormme.cache.internal;

import dev.noormme.cache.CachePolicy;
import dev.noormme.cache.CacheStats;
import dev.noormme.cache.QueryCache;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The query cache of one database: the store, the generation of every table, the writes of the
 * transaction in progress and the watcher of writes made elsewhere ({@link Freshness}).
 *
 * <p>How invalidation stays commit-correct without a lock on the read path:
 * <ul>
 * <li>every table has a generation; an entry is stamped with the sum of its tables' generations
 *     (and a global epoch) taken <em>before</em> its query ran, and is served only while that sum
 *     is unchanged;
 * <li>a write in auto-commit bumps its tables' generations after the statement commits; a write
 *     inside a transaction only records its tables, and the commit bumps them after COMMIT
 *     succeeded; a rollback forgets them, so the cache is as it was;
 * <li>inside a transaction that wrote a table, reads of that table bypass the cache and do not
 *     fill it, so the transaction sees its own writes and nothing uncommitted is ever stored;
 * <li>the tables of a write are the ones the processor declared plus what foreign-key actions and
 *     triggers of the real schema reach ({@link WriteClosure});
 * <li>a background thread flushes everything when another connection or process committed
 *     ({@code data_version} changed) or the schema changed, and removes stale entries; on
 *     SQLite it starts with the first entry, since before that there is nothing to flush;
 * <li>on PostgreSQL, other application instances are told: every write runs in a transaction
 *     (one of its own in auto-commit) that announces its tables just before COMMIT
 *     ({@link #committing}), so the announcement is delivered if and only if the writes commit;
 *     their watchers bump those tables ({@link #invalidated}). Announced even with the cache
 *     off, so that the instances which do cache hear of this one's writes.
 * </ul>
 *
 * <p>Thread-safe. Not API: generated code and the runtime call it; users see {@link QueryCache}.
 */
public final class CacheEngine implements QueryCache, ConnectionManager.TransactionListener, AutoCloseable {

    /** A table name meaning "every table": a query whose tables are unknown reads it. */
    public static final String ANY_TABLE = "*";
    /** A cap that keeps {@code nanoTime() + ttl} from overflowing into the past. */
    private static final long MAX_TTL_NANOS = Long.MAX_VALUE / 4;

    /**
     * Where entries live; made by the first lookup of a cached query of an enabled cache
     * ({@link #store()}), so that an application never loads the store's classes (Caffeine's are
     * about 80) before it reads through the cache, even when its repositories have cached methods.
     */
    private volatile Store store;
    /**
     * The last value of every key of a stale-if-error query: what it serves while the database
     * fails; made by the first query with an allowance ({@link #lastGood()}).
     */
    private volatile LastGood lastGood;
    private final CachePolicy policy;
    private final long maxEntries;
    /** Every cached query made, for their hit counts. */
    private final List<CachedQuery<?>> queries = new CopyOnWriteArrayList<>();
    final LongAdder misses = new LongAdder();
    private final LongAdder expirations = new LongAdder();
    private final boolean enabled;
    /** True when writes are tracked: the cache is on, or other instances must be told of them. */
    private final boolean tracks;
    /** {@link DatabaseConfig#cacheStaleIfError()}: the allowance of queries that name none. */
    private final Duration defaultStaleIfError;
    private final ConnectionManager connections;
    private final WriteClosure closure;
    private final ConcurrentHashMap<String, TableSlot> slots = new ConcurrentHashMap<>();
    private final TableSlot epoch = new TableSlot("<epoch>");
    private final TableSlot anyTable = new TableSlot(ANY_TABLE);
    private final ConcurrentHashMap<AdHocKey, CachedQuery<?>> adHoc = new ConcurrentHashMap<>();
    /**
     * The slots written by the calling thread's transaction; absent until it writes. Per thread
     * because PostgreSQL runs transactions side by side (SQLite's single writer never did).
     */
    private final ThreadLocal<Set<TableSlot>> transactionWrites = new ThreadLocal<>();
    /** How many transactions have written so far: while none, a read skips the thread-local lookup. */
    private final AtomicInteger writingTransactions = new AtomicInteger();
    private volatile boolean sweepDue;
    /** {@link System#nanoTime()} as of the watcher's last tick: the hit path's clock for expiry. */
    volatile long now = System.nanoTime();
    /** The shortest ttl of any cached query so far: the expiry clock ticks in proportion to it. */
    private volatile long shortestTtlNanos = Long.MAX_VALUE;
    private final CacheWatcher watcher;
    /** True once {@link #start()} ran for a freshness that waits for the first entry to start. */
    private volatile boolean armed;
    /** True once the watcher runs, or never will: the miss path's one check. */
    private volatile boolean watching;

    private CacheEngine(ConnectionManager connections, DatabaseConfig config) {
        this.connections = connections;
        this.enabled = config.cacheEnabled();
        this.policy = config.cachePolicy();
        this.maxEntries = config.cacheMaxEntries();
        this.defaultStaleIfError = config.cacheStaleIfError();
        this.closure = new WriteClosure(connections);
        this.watcher = new CacheWatcher(Freshness.of(connections, config, this), this, config.cachePollInterval());
        this.tracks = enabled || watcher.freshness().announces();
    }

    /**
     * The cache of {@code connections}, as {@code config} describes it, listening to its
     * transactions; {@link #start()} starts watching other connections' commits.
     */
    public static CacheEngine open(ConnectionManager connections, DatabaseConfig config) {
        CacheEngine engine = new CacheEngine(connections, config);
        if (engine.tracks) {
            connections.transactionListener(engine);
        }
        return engine;
    }

    /**
     * Reads the state of writes made elsewhere now (on PostgreSQL, {@code LISTEN}) and starts
     * the watcher thread, once the database is open and its schema prepared (so that preparing it
     * does not count as a change); on SQLite, whose watcher only flushes entries, both wait for
     * the first miss ({@link #beforeFirstEntry()}). With the cache off, only chooses how to
     * announce writes on PostgreSQL, without a thread. Idempotent.
     *
     * @throws IllegalStateException when {@code cacheInvalidation} is NOTIFY and the server has no LISTEN
     */
    public synchronized void start() {
        if (!tracks || watcher.started()) {
            watching = true;
            return;
        }
        if (enabled && watcher.freshness().startsWithFirstEntry()) {
            armed = true; // started by the first miss, before its query runs (beforeFirstEntry)
            return;
        }
        watcher.start(enabled);
        watching = true;
    }

    /**
     * Called by a miss before it stamps its entry and runs its query: starts the watcher of a
     * freshness that waits for the first entry ({@link Freshness#startsWithFirstEntry()}).
     * Nothing is lost by waiting: the watcher only flushes entries, and before this there are
     * none. Its starting state is read here, before the query, so a commit made elsewhere after
     * that state is seen at the next poll as before; the foreign-key and trigger closure is
     * computed afresh, since a schema change made elsewhere before now went unwatched; and the
     * expiry clock is set to now, since nothing advanced it while no thread ran.
     */
    void beforeFirstEntry() {
        if (!watching) {
            startWatching();
        }
    }

    private synchronized void startWatching() {
        if (watching || !armed) {
            return; // started, or the database is still opening (start() starts it then)
        }
        watcher.startLazily();
        closure.reset();
        now = System.nanoTime();
        watching = true;
    }

    /** The store of entries, made on first need; null when the cache is off (nothing is stored). */
    Store store() {
        Store made = store;
        if (made == null && enabled) {
            synchronized (this) {
                made = store;
                if (made == null) {
                    made = Store.of(policy, maxEntries);
                    store = made;
                }
            }
        }
        return made;
    }

    /** The last values of stale-if-error queries, made on first need. */
    LastGood lastGood() {
        LastGood made = lastGood;
        if (made == null) {
            synchronized (this) {
                made = lastGood;
                if (made == null) {
                    made = new LastGood(maxEntries);
                    lastGood = made;
                }
            }
        }
        return made;
    }

    /** How many reads of the query {@code name} the cache answered; 0 for a name it does not know. */
    public long hits(String name) {
        long hits = 0;
        for (CachedQuery<?> query : queries) {
            if (query.name().equals(name)) {
                hits += query.hits.sum();
            }
        }
        return hits;
    }

    /** The names of every cached query made so far ({@code @Cached} methods and cached {@code executeQuery} names). */
    public Set<String> cachedNames() {
        Set<String> names = new HashSet<>();
        for (CachedQuery<?> query : queries) {
            names.add(query.name());
        }
        return names;
    }

    /**
     * The cached query {@code name} reading {@code tables} (as the processor found them;
     * {@link #ANY_TABLE} when unknown), whose results live at most {@code ttl}, with the
     * database's stale-if-error allowance ({@link DatabaseConfig#cacheStaleIfError()}).
     */
    public <R> CachedQuery<R> query(String name, Duration ttl, String... tables) {
        return query(name, ttl, defaultStaleIfError, tables);
    }

    /**
     * As {@link #query(String, Duration, String...)}, serving the last value loaded for up to
     * {@code staleIfError} after it was loaded while the database fails ({@link Duration#ZERO}: never).
     */
    public <R> CachedQuery<R> query(String name, Duration ttl, Duration staleIfError, String... tables) {
        Objects.requireNonNull(name, "name");
        if (staleIfError.isNegative()) {
            throw new IllegalArgumentException("A stale-if-error allowance must not be negative, was " + staleIfError);
        }
        TableSlot[] read = new TableSlot[tables.length + 1];
        read[0] = epoch;
        for (int i = 0; i < tables.length; i++) {
            read[i + 1] = slot(tables[i]);
        }
        long ttlNanos = ttlNanos(ttl);
        noteTtl(ttlNanos);
        long staleNanos = staleIfError.isZero() ? 0 : ttlNanos(staleIfError);
        CachedQuery<R> query = new CachedQuery<>(this, name, read, ttlNanos, staleNanos, enabled);
        queries.add(query);
        return query;
    }

    private synchronized void noteTtl(long ttlNanos) {
        if (ttlNanos < shortestTtlNanos) {
            shortestTtlNanos = ttlNanos;
            watcher.wake();
        }
    }

    /**
     * How long the watcher sleeps between ticks of the expiry clock: a tenth of the shortest ttl,
     * so an entry is served at most a tenth of its ttl late, but no more often than every
     * {@value CacheWatcher#MIN_TICK_MILLIS} ms and no less often than {@code pollNanos}.
     * A fixed 10 ms tick woke every database 100 times a second and cost generated findAll
     * about 5% against hand-written JDBC on a 2-core machine, even with no ttl below minutes.
     */
    long tickNanos(long pollNanos) {
        long minimum = TimeUnit.MILLISECONDS.toNanos(CacheWatcher.MIN_TICK_MILLIS);
        return Math.max(minimum, Math.min(pollNanos, shortestTtlNanos / 10));
    }

    /** The cached query of an {@code executeQuery} call: one per name, ttl and tables. */
    @SuppressWarnings("unchecked")
    public <R> CachedQuery<R> adHoc(String name, Duration ttl, List<String> tables) {
        return (CachedQuery<R>) adHoc.computeIfAbsent(new AdHocKey(name, ttl, List.copyOf(tables)),
                key -> query(name, ttl, tables.toArray(String[]::new)));
    }

    private static long ttlNanos(Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A cache ttl must be positive, was " + ttl);
        }
        try {
            return Math.min(ttl.toNanos(), MAX_TTL_NANOS);
        } catch (ArithmeticException tooLong) {
            return MAX_TTL_NANOS;
        }
    }

    private TableSlot slot(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return name.equals(ANY_TABLE) ? anyTable : slots.computeIfAbsent(name, TableSlot::new);
    }

    /**
     * A write to {@code tables} ran (successfully or not). Inside the calling thread's
     * transaction its tables are recorded for the commit; in auto-commit it has committed, so the
     * entries that read them become stale now.
     */
    public void written(String... tables) {
        if (!tracks) {
            return;
        }
        boolean inTransaction = connections.inTransaction();
        Set<TableSlot> transactionWrites = inTransaction ? transactionWrites() : null;
        if (inTransaction) {
            transactionWrites.add(anyTable);
        }
        for (String table : tables) {
            if (table.equals(ANY_TABLE)) { // tables unknown at compile time: every cached result is suspect
                if (inTransaction) {
                    transactionWrites.add(epoch);
                } else {
                    epoch.bump();
                }
                continue;
            }
            for (String reached : closure.of(table.toLowerCase(Locale.ROOT))) {
                // A table with triggers PostgreSQL cannot follow reaches "every table".
                TableSlot slot = reached.equals(ANY_TABLE) ? epoch : slot(reached);
                if (inTransaction) {
                    transactionWrites.add(slot);
                } else {
                    slot.bump();
                }
            }
        }
        if (!inTransaction) {
            anyTable.bump();
            sweepDue = true;
        }
    }

    /** The calling thread's transaction's written slots, made on its first write. */
    private Set<TableSlot> transactionWrites() {
        Set<TableSlot> writes = transactionWrites.get();
        if (writes == null) {
            writes = new HashSet<>();
            transactionWrites.set(writes);
            writingTransactions.incrementAndGet();
        }
        return writes;
    }

    /**
     * Runs a repository write so that other instances can be told of it: outside a transaction,
     * where writes must be announced (PostgreSQL), in a transaction of its own, whose commit
     * carries the announcement; otherwise as it is.
     */
    public <T> T write(Supplier<T> work) {
        if (tracks && !connections.inTransaction() && watcher.freshness().announces()) {
            return connections.inTransaction(work::get);
        }
        return work.get();
    }

    @Override
    public void committing(Handle handle) throws SQLException {
        Set<TableSlot> transactionWrites = this.transactionWrites.get();
        if (transactionWrites == null) {
            return; // the transaction wrote nothing through a repository
        }
        Freshness freshness = watcher.freshness();
        if (freshness.announces()) {
            freshness.announce(handle, announced(transactionWrites));
        }
    }

    /** The lower-case names of the tables in {@code transactionWrites}; {@link #ANY_TABLE} alone for all. */
    private Set<String> announced(Set<TableSlot> transactionWrites) {
        if (transactionWrites.contains(epoch)) {
            return Set.of(ANY_TABLE);
        }
        Set<String> tables = new TreeSet<>();
        for (TableSlot slot : transactionWrites) {
            if (slot != anyTable) {
                tables.add(slot.table());
            }
        }
        return tables;
    }

    /** Another instance committed writes to {@code tables} (lower case): the entries that read them are stale. */
    void invalidated(Collection<String> tables) {
        for (String table : tables) {
            slot(table).bump();
        }
        anyTable.bump();
        sweepDue = true;
    }

    @Override
    public void committed() {
        Set<TableSlot> transactionWrites = this.transactionWrites.get();
        if (transactionWrites == null) {
            return; // the transaction wrote nothing through a repository
        }
        for (TableSlot slot : transactionWrites) {
            slot.bump();
        }
        endTransaction();
        sweepDue = true;
    }

    @Override
    public void rolledBack() {
        if (transactionWrites.get() != null) {
            endTransaction();
        }
    }

    private void endTransaction() {
        transactionWrites.remove();
        writingTransactions.decrementAndGet();
    }

    /** True inside the calling thread's transaction after it wrote one of {@code read}. */
    boolean bypasses(TableSlot[] read) {
        if (writingTransactions.get() == 0) {
            return false;
        }
        Set<TableSlot> transactionWrites = this.transactionWrites.get();
        if (transactionWrites == null) {
            return false;
        }
        for (TableSlot slot : read) {
            if (transactionWrites.contains(slot)) {
                return true;
            }
        }
        return false;
    }

    /** Removes an entry found stale or expired on a read. */
    void discard(Object key, Entry entry) {
        if (store.remove(key, entry) && entry.current()) { // an entry exists: so does the store
            expirations.increment();
        }
    }

    /** Another connection committed, or the schema changed: nothing cached can be trusted. */
    void flush(boolean schemaChanged) {
        if (schemaChanged) {
            closure.reset();
        }
        invalidateAll();
    }

    /**
     * A migration or a restore changed the schema: nothing cached can be trusted, and the tables
     * each write reaches are read again. PostgreSQL needs the call (SQLite's watcher would notice
     * {@code schema_version} change itself, one poll later).
     */
    public void schemaChanged() {
        flush(true);
    }

    /** Removes entries that are stale or expired, if a write happened since the last sweep. */
    void sweepIfDue() {
        if (sweepDue) {
            sweep();
        }
    }

    private void sweep() {
        sweepDue = false;
        Store store = this.store;
        if (store == null) {
            return;
        }
        long now = System.nanoTime();
        store.removeIf(entry -> {
            if (!entry.current()) {
                return true;
            }
            if (entry.expired(now)) {
                expirations.increment();
                return true;
            }
            return false;
        });
    }

    @Override
    public CacheStats stats() {
        sweep();
        long hits = 0;
        long staleServes = 0;
        for (CachedQuery<?> query : queries) {
            hits += query.hits.sum();
            staleServes += query.staleServes.sum();
        }
        Store store = this.store;
        return CacheStats.of(hits, misses.sum(), (store == null ? 0 : store.evictions()) + expirations.sum(),
                store == null ? 0 : store.size(), staleServes);
    }

    @Override
    public void invalidateTable(String table) {
        Objects.requireNonNull(table, "table");
        TableSlot slot = slots.get(table.toLowerCase(Locale.ROOT));
        if (slot != null) {
            slot.bump();
            sweep();
        }
    }

    @Override
    public void invalidate(String glob) {
        Pattern pattern = Globs.compile(Objects.requireNonNull(glob, "glob"));
        boolean any = false;
        for (TableSlot slot : slots.values()) {
            if (pattern.matcher(slot.table()).matches()) {
                slot.bump();
                any = true;
            }
        }
        if (any) {
            sweep();
        }
    }

    @Override
    public void invalidateAll() {
        epoch.bump();
        Store store = this.store;
        if (store != null) {
            store.clear();
        }
    }

    /** Stops the watcher thread and drops every entry and every last value. Idempotent. */
    @Override
    public void close() {
        watcher.stop();
        Store store = this.store;
        if (store != null) {
            store.clear();
        }
        LastGood lastGood = this.lastGood;
        if (lastGood != null) {
            lastGood.clear();
        }
    }

    /** What identifies an {@code executeQuery} cache. */
    private record AdHocKey(String name, Duration ttl, List<String> tables) {
    }
}

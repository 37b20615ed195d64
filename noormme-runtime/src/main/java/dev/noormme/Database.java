package dev.noormme;

import dev.noormme.cache.QueryCache;
import dev.noormme.cache.internal.CacheEngine;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.SqlErrors;
import dev.noormme.health.HealthReport;
import dev.noormme.health.Monitor;
import dev.noormme.health.internal.HealthWatch;
import dev.noormme.health.internal.IndexAdvisor;
import dev.noormme.health.internal.MonitorEngine;
import dev.noormme.health.internal.PostgresPlans;
import dev.noormme.health.internal.SqlitePlans;
import dev.noormme.internal.DatabaseAccess;
import dev.noormme.internal.EntityMapping;
import dev.noormme.migration.MigrationException;
import dev.noormme.migration.Migrations;
import dev.noormme.migration.VersionedMigration;
import dev.noormme.optimize.Optimizer;
import dev.noormme.optimize.RetentionRule;
import dev.noormme.optimize.internal.OptimizerEngine;
import dev.noormme.schema.SchemaCheck;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One open database, SQLite or PostgreSQL (by its url): its connections, its transactions, its
 * health and its backups. The single entry point of the runtime; the generated
 * {@code ServiceFactory} opens one and hands it to every repository.
 *
 * <pre>{@code
 * try (Database db = Database.open(DatabaseConfig.forEnvironment(Environment.DEVELOPMENT))) {
 *     db.inTransaction(() -> { ... repository calls join this transaction ... });
 * }
 * }</pre>
 *
 * <p>Thread-safe: every method may be called from any thread. On SQLite, writes are serialized
 * inside the process on one writer connection and reads run in parallel on a pool of reader
 * connections; on PostgreSQL every call borrows a connection of a pool. A
 * transaction belongs to the thread that started it, and every repository call made by that
 * thread meanwhile (reads included) takes part in it.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final String TABLE_EXISTS = "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE";
    private static final String POSTGRESQL_TABLE_EXISTS = "SELECT 1 FROM information_schema.tables"
            + " WHERE table_schema = current_schema() AND table_name = ?";

    static {
        DatabaseAccess.install(database -> database.connections);
        DatabaseAccess.installCache(database -> database.cache);
        DatabaseAccess.installMonitor(database -> database.monitor);
    }

    private final ConnectionManager connections;
    private final Dialect dialect;
    private final CacheEngine cache;
    private final MonitorEngine monitor;
    private final HealthWatch watch;
    private final Path temporaryFile;
    private final SchemaCheck schema;
    private final Migrations migrations;
    private final OptimizerEngine optimizer;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(ConnectionManager connections, CacheEngine cache, MonitorEngine monitor, Path temporaryFile,
            SchemaCheck schema, Migrations migrations, OptimizerEngine optimizer) {
        this.connections = connections;
        this.dialect = Dialect.of(connections.url());
        this.cache = cache;
        this.monitor = monitor;
        IndexAdvisor advisor = new IndexAdvisor(connections);
        // The index advice probes a SQLite copy of the schema; PostgreSQL's alert says it has none.
        monitor.advisor(dialect == Dialect.SQLITE ? advisor::advise : PostgresPlans::advice);
        this.watch = new HealthWatch(connections, monitor, advisor, cache::cachedNames, cache::stats);
        watch.start();
        this.temporaryFile = temporaryFile;
        this.schema = schema;
        this.migrations = migrations;
        this.optimizer = optimizer;
    }

    /** Opens the database described by {@code config}, with no entities. */
    public static Database open(DatabaseConfig config) {
        return open(config, List.of());
    }

    /**
     * Opens the database described by {@code config}, with no Java migrations (SQL migrations of
     * {@code config.migrationLocations()} still run), as {@link #open(DatabaseConfig, List, List)}.
     */
    public static Database open(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities) {
        return open(config, entities, List.of());
    }

    /**
     * Opens the database described by {@code config}, prepares its schema and checks it against
     * the entities. Preparing: when there are migrations ({@code migrations}, or SQL files in
     * {@code config.migrationLocations()}) and {@code config.migrateOnOpen()} is true, the pending
     * ones run (see {@link #migrations()}); when there are none and {@code config.createSchema()}
     * is true, the tables and indexes of {@code entities} that do not exist yet are created, in
     * one transaction (an existing table is never changed). Checking, in every environment: each
     * entity's table, columns, type affinities, DECIMAL collations, nullability and primary key
     * are compared with the database; a difference that could return wrong data or make queries
     * fail fails the open with a {@link SchemaMismatchException} listing every such difference and
     * its fix, while the others (a missing index, say) are logged as warnings and show in
     * {@link #healthCheck()}. When migrations are pending and {@code migrateOnOpen} is off, the
     * check waits for the application's own {@code migrations().migrate()}, which runs it. A config without a url opens a private
     * temporary database, deleted by {@link #close()}.
     *
     * <p>A failed open leaves nothing behind: every connection is closed, and a file that did not
     * exist before the open is deleted again.
     *
     * @param migrations the Java migrations, as the generated {@code ServiceFactory} lists them
     * @throws SchemaMismatchException when the database does not match the entities
     * @throws MigrationException when a migration fails
     * @throws NoormmeException when the file cannot be opened or is not a SQLite database, or does
     *         not exist while nothing would create its tables (no migrations, {@code createSchema}
     *         off), the message giving its path; or when creating the schema fails
     */
    public static Database open(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities,
            List<VersionedMigration> migrations) {
        return open(config, entities, migrations, List.of());
    }

    /**
     * Opens the database as {@link #open(DatabaseConfig, List, List)}, with the retention rules
     * the optimizer's {@code cleanup()} applies (the generated {@code ServiceFactory} lists one per
     * {@code @RetentionPeriod} entity).
     */
    public static Database open(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities,
            List<VersionedMigration> migrations, List<RetentionRule> retention) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(migrations, "migrations");
        Path temporaryFile = config.url().isPresent() ? null : TemporaryDatabase.create();
        String url = temporaryFile == null ? config.url().get() : DatabaseConfig.URL_PREFIX + temporaryFile;
        Path newFile = temporaryFile == null ? newFile(url) : temporaryFile;
        // Decided before connecting where it can be, since connecting creates the file.
        if (newFile != null && temporaryFile == null && !config.createSchema() && !Migrations.mayExist(config, migrations)) {
            throw OpenErrors.missingFile(newFile);
        }
        ConnectionManager connections;
        try {
            connections = ConnectionManager.open(url, config);
        } catch (SQLException e) {
            TemporaryDatabase.delete(newFile);
            throw OpenErrors.translate(e, url);
        } catch (RuntimeException e) {
            TemporaryDatabase.delete(newFile);
            throw e;
        }
        CacheEngine cache = CacheEngine.open(connections, config);
        SchemaCheck schema = new SchemaCheck(entities);
        // A migration or a restore changes tables behind the cache's back: it starts afresh.
        MonitorEngine monitor = new MonitorEngine(config.monitoring(), config.slowQueryThreshold(),
                config.alertInterval(), cache::hits, plans(connections));
        connections.reliabilityListener(new ReliabilityAlerts(monitor, connections.url()));
        Database database = new Database(connections, cache, monitor, temporaryFile, schema,
                Migrations.of(connections, config, schema, migrations, cache::schemaChanged),
                OptimizerEngine.open(connections, cache, monitor, config, retention,
                        entities.stream().map(EntityMapping::table).toList(), temporaryFile != null));
        try {
            database.prepareSchema(config, entities, newFile != null && temporaryFile == null);
            // Watches writes made elsewhere from the schema as prepared above; refuses a server
            // without LISTEN when cacheInvalidation is NOTIFY.
            database.cache.start();
        } catch (RuntimeException e) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            TemporaryDatabase.delete(newFile);
            throw e;
        }
        database.optimizer.start(); // no scheduled run before the schema is ready
        LOG.log(Level.DEBUG, "Opened {0} with {1} entities", connections.url(), entities.size());
        return database;
    }

    /**
     * How the monitor reads a slow query's plan, per dialect: SQLite's {@code EXPLAIN QUERY PLAN},
     * PostgreSQL's {@code EXPLAIN} (generic, for a statement with parameters).
     */
    private static Function<String, String> plans(ConnectionManager connections) {
        return switch (connections.dialect()) {
            case SQLITE -> sql -> SqlitePlans.explain(connections, sql);
            case POSTGRESQL -> sql -> PostgresPlans.explain(connections, sql);
        };
    }

    /** The url's file when it does not exist yet (opening creates it); null otherwise. */
    private static Path newFile(String url) {
        Path file = ConnectionManager.fileOf(url);
        return file == null || Files.exists(file) ? null : file;
    }

    private void prepareSchema(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities, boolean newFile) {
        SchemaCheck.Preparation preparation;
        if (migrations.hasMigrations()) {
            if (config.migrateOnOpen()) {
                migrations.migrate(); // checks the schema once the migrations ran
                return;
            }
            if (!migrations.pending().isEmpty()) {
                LOG.log(Level.WARNING, "{0} was not compared with the entities at open: migrations are pending and"
                        + " migrateOnOpen is off; database.migrations().migrate() compares it", connections.url());
                return;
            }
            preparation = SchemaCheck.Preparation.MIGRATIONS;
        } else if (config.createSchema()) {
            if (createSchema(entities)) {
                // Every table was just made by the entities' own statements, which is what the
                // check compares with; building that comparison was a fifth of a first start.
                if (dialect == Dialect.SQLITE) {
                    refreshReaderSchema();
                }
                return;
            }
            preparation = SchemaCheck.Preparation.CREATE_SCHEMA;
        } else if (newFile) {
            throw OpenErrors.missingFile(ConnectionManager.fileOf(connections.url()));
        } else {
            preparation = SchemaCheck.Preparation.NONE;
        }
        schema.requireMatch(connections, preparation, OpenErrors.describe(connections.url()));
    }

    /**
     * Has the reader opened before the tables were created read the new schema. SQLite would
     * notice it on the reader's next read, but not while another process holds an exclusive lock:
     * it answers "no such table" then instead of waiting (the check at open did this read before).
     */
    private void refreshReaderSchema() {
        try {
            connections.read((handle, unused) -> handle.queryLong("SELECT count(*) FROM sqlite_master"), null);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "reading the schema just created", null);
        }
    }

    /**
     * Creates every missing table with its indexes, and the missing indexes of tables that exist.
     * An index statement that fails on an existing table (a column it names is missing, say) is
     * only logged: the check that follows reports how that table differs.
     *
     * @return true when no entity's table existed before, so that all of them were created now
     */
    private boolean createSchema(List<? extends EntityMapping<?, ?>> entities) {
        if (entities.isEmpty()) {
            return false;
        }
        return connections.inTransaction(() -> {
            boolean createdEvery = true;
            for (EntityMapping<?, ?> mapping : entities) {
                boolean existed = connections.write((handle, table) -> {
                    PreparedStatement statement = handle.prepare(dialect == Dialect.SQLITE ? TABLE_EXISTS : POSTGRESQL_TABLE_EXISTS);
                    statement.setString(1, table);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next();
                    }
                }, mapping.table());
                createdEvery &= !existed;
                for (String statement : mapping.sql(dialect).schema()) {
                    try {
                        connections.write((handle, sql) -> {
                            handle.executeOnce(sql);
                            return null;
                        }, statement);
                    } catch (SQLException e) {
                        if (!existed) {
                            throw SqlErrors.translate(e, "creating table " + mapping.table() + " (" + statement + ")",
                                    mapping.table());
                        }
                        LOG.log(Level.WARNING, "createSchema could not run {0} on the existing table {1}: {2}",
                                statement, mapping.table(), e.getMessage());
                    }
                }
            }
            return createdEvery;
        });
    }

    /** The SQL dialect of this database, from its URL: the generated code runs that dialect's SQL. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws and
     * rethrows its exception unchanged. A call made inside another transaction of the same
     * thread joins it; an exception escaping such a nested call marks the whole transaction
     * rollback-only, so even if the outer work catches it, the outer call rolls back and throws
     * a {@link NoormmeException} whose cause is that exception.
     */
    public void inTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        connections.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * True when the calling thread runs a transaction on this database: a call to
     * {@code inTransaction(work)} made now would join it. Integrations such as the Spring Boot
     * starter's transaction manager read it to honour propagation rules.
     */
    public boolean inTransaction() {
        return connections.inTransaction();
    }

    /**
     * Runs {@code work} in a transaction and returns its result, as {@link #inTransaction(Runnable)};
     * a checked exception thrown by the work is wrapped in a {@link NoormmeException}.
     */
    public <T> T inTransaction(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return connections.inTransaction(work);
    }

    /**
     * Runs {@code work} as the query {@code name}; with {@link QueryOptions#cached(java.time.Duration)},
     * answers from the query cache while it holds a current result for {@code name}, and otherwise
     * runs the work and keeps its result for the ttl. The result is evicted when a write to one of
     * the options' {@code dependsOn} tables commits (and when another connection commits), exactly
     * as a {@code @Cached} method's; without {@code dependsOn} only the ttl, a flush or
     * {@code cache().invalidateAll()} ends it. List results come back unmodifiable when cached.
     *
     * <pre>{@code
     * List<User> users = db.executeQuery(() -> users.findAll(), "getUsers",
     *         QueryOptions.cached(Duration.ofMinutes(5)).dependsOn("users"));
     * }</pre>
     */
    public <T> T executeQuery(Supplier<T> work, String name, QueryOptions options) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(options, "options");
        options.slowQueryThreshold().ifPresent(threshold -> monitor.threshold(name, threshold));
        Supplier<T> timed = () -> timed(work, name);
        if (options.ttl().isEmpty()) {
            return timed.get();
        }
        return cache.<T>adHoc(name, options.ttl().get(), options.tables()).get(timed);
    }

    private <T> T timed(Supplier<T> work, String name) {
        long start = monitor.start();
        boolean failed = true;
        try {
            T result = work.get();
            failed = false;
            return result;
        } finally {
            monitor.record(name, "", start, failed);
        }
    }

    /**
     * What every query did: counts, errors and latency percentiles per query name, the recent
     * slow queries with their plans, and alerts (see {@link Monitor}).
     */
    public Monitor monitor() {
        return monitor;
    }

    /**
     * Maintenance: statistics, free pages, WAL checkpoints and retention cleanup, on demand, on
     * the configured schedule and on thresholds (see {@link Optimizer}).
     */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The query cache: statistics and explicit invalidation. */
    public QueryCache cache() {
        return cache;
    }

    /**
     * Checks the database now and returns each check with its status, what it found and how long
     * it took, plus what to do about the ones that did not pass. Never throws for a failed check:
     * it reports it. The report's status is its worst check's:
     *
     * <table>
     * <caption>When each check is DEGRADED or DOWN</caption>
     * <tr><th>check</th><th>DEGRADED when</th><th>DOWN when</th></tr>
     * <tr><td>connectivity</td><td>never</td><td>{@code SELECT 1} on a reader fails</td></tr>
     * <tr><td>integrity</td><td>not checked because the circuit breaker is open</td><td>{@code PRAGMA quick_check} finds a problem, or cannot run
     *     (the file is damaged, or is no longer a database)</td></tr>
     * <tr><td>pool</td><td>every reader connection is lent out at this moment</td><td>never</td></tr>
     * <tr><td>pool waits</td><td>a caller waited longer than half the busy timeout for a reader or for
     *     the writer in the last 15 minutes</td><td>never</td></tr>
     * <tr><td>WAL size</td><td>the {@code -wal} file is larger than 64 MiB</td><td>the page figures
     *     cannot be read</td></tr>
     * <tr><td>free pages</td><td>free pages are at least 25% of the file and at least 1 MiB</td><td>the
     *     page figures cannot be read</td></tr>
     * <tr><td>cache hit rate</td><td>a cached query read at least 100 times was answered by the cache in
     *     fewer than 20% of its reads</td><td>never</td></tr>
     * <tr><td>slow-query rate</td><td>at least 3 runs, and more than 5% of all runs, of the last 5 minutes
     *     passed their slow-query threshold</td><td>never</td></tr>
     * <tr><td>error rate</td><td>a query failed at least 5 times, and in more than 10% of its runs, in the
     *     last 5 minutes</td><td>never</td></tr>
     * <tr><td>circuit breaker</td><td>a probe call is testing the database after the breaker was open
     *     </td><td>the breaker is open: repeated I/O failures, calls fail at once until a probe succeeds</td></tr>
     * <tr><td>pending migrations (with migrations)</td><td>migrations are pending</td><td>they cannot be
     *     listed</td></tr>
     * <tr><td>schema drift (with entities)</td><td>the database differs from the entities in ways that
     *     cannot return wrong data (a missing index, say)</td><td>the schema cannot be read</td></tr>
     * <tr><td>pool (PostgreSQL)</td><td>a thread waits for a connection, or every connection of the pool is
     *     lent out (HikariCP's figures)</td><td>never</td></tr>
     * <tr><td>connections (PostgreSQL)</td><td>client connections are more than 80% of the server's
     *     {@code max_connections}</td><td>they cannot be read</td></tr>
     * <tr><td>dead tuples (PostgreSQL)</td><td>a table's dead tuples are at least 20% of its tuples and at
     *     least 1,000</td><td>they cannot be read</td></tr>
     * </table>
     *
     * <p>On PostgreSQL integrity, WAL size and free pages are left out rather than reported as "not
     * applicable": the server checks and manages its own pages and WAL, so the checks would always
     * be UP and say nothing, and a dashboard would count them as passing checks. Its connections
     * and dead tuples take their place.
     *
     * <p>The recommendations say what to type: {@code CREATE INDEX} and the {@code @Index} for a slow
     * query that scans a table (SQLite), {@code VACUUM} for free pages, {@code VACUUM (ANALYZE)} of a
     * table with many dead tuples (PostgreSQL), {@code PRAGMA wal_checkpoint(TRUNCATE)}
     * for a large WAL, the cached query with a low hit rate, the query whose error rate rose, a larger
     * {@code readerPoolSize} or shorter transactions for pool waits. A problem found also raises its
     * {@link Monitor#onAlert alert} (rate-limited); the monitor runs the same checks every 15 seconds
     * (integrity once an hour) while monitoring is on.
     */
    public HealthReport healthCheck() {
        List<HealthReport> reports = new ArrayList<>(3);
        reports.add(HealthChecks.run(connections, watch::integrity, monitor.busyRetries()));
        reports.add(watch.check());
        if (migrations.hasMigrations()) {
            reports.add(migrations.health());
        }
        if (!schema.isEmpty()) {
            reports.add(schema.health(connections));
        }
        reports.add(optimizer.health());
        List<dev.noormme.health.HealthCheck> checks = new ArrayList<>();
        List<String> recommendations = new ArrayList<>();
        for (HealthReport report : reports) {
            checks.addAll(report.checks());
            recommendations.addAll(report.recommendations());
        }
        return new HealthReport(checks, recommendations);
    }

    /**
     * The database's migrations: {@code migrate()}, {@code pending()}, {@code validate()},
     * {@code restore(Path)}.
     */
    public Migrations migrations() {
        return migrations;
    }

    /**
     * Writes a consistent copy of the database to {@code target} with SQLite's online backup,
     * replacing the file there. Safe while the database is in use: readers go on, writers wait
     * until the copy is done. The copy is written beside {@code target} and moved into place.
     *
     * @throws IllegalStateException when called inside a transaction
     * @throws UnsupportedOperationException on PostgreSQL, whose server is backed up with its own
     *         tools (pg_dump)
     * @throws NoormmeException when the copy cannot be written
     */
    public void backup(Path target) {
        Objects.requireNonNull(target, "target");
        try {
            connections.backup(target);
        } catch (SQLException e) {
            throw new NoormmeException("Backup to " + target.toAbsolutePath() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Closes every connection (waiting briefly for work in progress) and, for a private
     * temporary database, deletes its files. Idempotent; later calls on this database fail.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            optimizer.close(); // first: a run in progress stops after its batch, while connections are open
            monitor.close();
            cache.close();
            connections.close();
        } finally {
            TemporaryDatabase.delete(temporaryFile);
        }
    }

    /** Helpers for the private temporary database of {@code Environment.TEST}. */
    private static final class TemporaryDatabase {

        static Path create() {
            try {
                return Files.createTempFile("noormme-", ".db");
            } catch (IOException e) {
                throw new NoormmeException("Cannot create a temporary database file in "
                        + System.getProperty("java.io.tmpdir") + ": " + e, e);
            }
        }

        static void delete(Path file) {
            if (file == null) {
                return;
            }
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Path path = Path.of(file + suffix);
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete the temporary database file " + path, e);
                }
            }
        }
    }
}

package dev.noormme;

import dev.noormme.cache.QueryCache;
import dev.noormme.cache.internal.CacheEngine;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.SqlErrors;
import dev.noormme.health.HealthReport;
import dev.noormme.internal.DatabaseAccess;
import dev.noormme.internal.EntityMapping;
import dev.noormme.migration.MigrationException;
import dev.noormme.migration.Migrations;
import dev.noormme.migration.VersionedMigration;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One open SQLite database: its connections, its transactions, its health and its backups. The
 * single entry point of the runtime; the generated {@code ServiceFactory} opens one and hands it
 * to every repository.
 *
 * <pre>{@code
 * try (Database db = Database.open(DatabaseConfig.forEnvironment(Environment.DEVELOPMENT))) {
 *     db.inTransaction(() -> { ... repository calls join this transaction ... });
 * }
 * }</pre>
 *
 * <p>Thread-safe: every method may be called from any thread. Writes are serialized inside the
 * process on one writer connection; reads run in parallel on a pool of reader connections. A
 * transaction belongs to the thread that started it, and every repository call made by that
 * thread meanwhile (reads included) takes part in it.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    static {
        DatabaseAccess.install(database -> database.connections);
        DatabaseAccess.installCache(database -> database.cache);
    }

    private final ConnectionManager connections;
    private final CacheEngine cache;
    private final Path temporaryFile;
    private final Migrations migrations;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(ConnectionManager connections, CacheEngine cache, Path temporaryFile, Migrations migrations) {
        this.connections = connections;
        this.cache = cache;
        this.temporaryFile = temporaryFile;
        this.migrations = migrations;
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
     * Opens the database described by {@code config} and prepares its schema. When there are
     * migrations ({@code migrations}, or SQL files in {@code config.migrationLocations()}) and
     * {@code config.migrateOnOpen()} is true, runs the pending ones (see {@link #migrations()});
     * then compares the database with the entities and logs every difference as a warning (it
     * also shows in {@link #healthCheck()}; nothing is changed to "fix" it). When there are no
     * migrations and {@code config.createSchema()} is true, creates the tables and indexes of
     * {@code entities} that do not exist yet, in one transaction. A config without a url opens a
     * private temporary database, deleted by {@link #close()}.
     *
     * @param migrations the Java migrations, as the generated {@code ServiceFactory} lists them
     * @throws MigrationException when a migration fails; the database is closed again
     * @throws NoormmeException when the file cannot be opened or is not a SQLite database (the
     *         message gives its path), or when creating the schema fails
     */
    public static Database open(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities,
            List<VersionedMigration> migrations) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(migrations, "migrations");
        Path temporaryFile = config.url().isPresent() ? null : TemporaryDatabase.create();
        String url = temporaryFile == null ? config.url().get() : DatabaseConfig.URL_PREFIX + temporaryFile;
        ConnectionManager connections;
        try {
            connections = ConnectionManager.open(url, config);
        } catch (SQLException e) {
            TemporaryDatabase.delete(temporaryFile);
            throw OpenErrors.translate(e, url);
        } catch (RuntimeException e) {
            TemporaryDatabase.delete(temporaryFile);
            throw e;
        }
        CacheEngine cache = CacheEngine.open(connections, config);
        // A migration or a restore changes tables behind the cache's back: it starts afresh.
        Database database = new Database(connections, cache, temporaryFile,
                Migrations.of(connections, config, entities, migrations, cache::invalidateAll));
        try {
            if (database.migrations.hasMigrations()) {
                database.migrateAtOpen(config, entities);
            } else if (config.createSchema() && !entities.isEmpty()) {
                database.createSchema(entities);
            }
        } catch (RuntimeException e) {
            try {
                database.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        database.cache.start(); // watches data_version from the schema as prepared above
        LOG.log(Level.DEBUG, "Opened {0} with {1} entities", url, entities.size());
        return database;
    }

    private void migrateAtOpen(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities) {
        if (config.migrateOnOpen()) {
            migrations.migrate();
        }
        if (!entities.isEmpty()) {
            for (String problem : migrations.drift()) {
                LOG.log(Level.WARNING, "Schema drift in {0}: {1}", connections.url(), problem);
            }
        }
    }

    private void createSchema(List<? extends EntityMapping<?, ?>> entities) {
        connections.inTransaction(() -> {
            for (EntityMapping<?, ?> mapping : entities) {
                for (String statement : mapping.schema()) {
                    try {
                        connections.write((handle, sql) -> {
                            handle.executeOnce(sql);
                            return null;
                        }, statement);
                    } catch (SQLException e) {
                        throw SqlErrors.translate(e, "creating table " + mapping.table() + " (" + statement + ")",
                                mapping.table());
                    }
                }
            }
            return null;
        });
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
        if (options.ttl().isEmpty()) {
            return work.get();
        }
        return cache.<T>adHoc(name, options.ttl().get(), options.tables()).get(work);
    }

    /** The query cache: statistics and explicit invalidation. */
    public QueryCache cache() {
        return cache;
    }

    /**
     * Checks the database now: connectivity ({@code SELECT 1} on a reader), integrity
     * ({@code PRAGMA quick_check}) and the connection pool; with migrations, also "pending
     * migrations" and "schema drift" (DEGRADED when there are any). Never throws for a failed
     * check: it reports it as DOWN.
     */
    public HealthReport healthCheck() {
        HealthReport report = HealthChecks.run(connections);
        if (!migrations.hasMigrations()) {
            return report;
        }
        HealthReport more = migrations.health();
        List<dev.noormme.health.HealthCheck> checks = new ArrayList<>(report.checks());
        checks.addAll(more.checks());
        List<String> recommendations = new ArrayList<>(report.recommendations());
        recommendations.addAll(more.recommendations());
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

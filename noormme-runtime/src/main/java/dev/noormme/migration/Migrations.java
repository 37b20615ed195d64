package dev.noormme.migration;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.schema.SchemaCheck;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The migrations of one database ({@code database.migrations()}), run by Flyway: the SQL files
 * of {@link DatabaseConfig#migrationLocations()} and the Java migrations the generated
 * {@code ServiceFactory} lists (no classpath scanning for classes).
 *
 * <p>The SQL files of a location are either all in it (the flat layout, as before dialects
 * existed) or, per dialect, in its {@code common} folder and its {@code sqlite} or
 * {@code postgresql} folder: see {@link MigrationLocations}. Java migrations run on both.
 *
 * <p>On SQLite a run ({@link #migrate()}) holds the database's write lock: the application's writes wait,
 * its reads go on. Before a run with pending migrations it writes an online backup of the
 * database. Each migration runs in its own transaction on a connection of its own, so a failing
 * one is rolled back whole; when migrations of the same run were applied before it, the database
 * is restored from that backup, so that it is exactly as before the run. On PostgreSQL, whose
 * DDL is transactional, the failing migration's rollback is the whole of the recovery: no backup
 * is taken (the server's own tools, {@code pg_dump}, back it up), the migrations applied before it
 * stay applied, and Flyway's advisory lock keeps other processes' runs out. When
 * {@link DatabaseConfig#backupBeforeMigrate()} is on (and the database is a file with data) the
 * backup is kept next to the database and the newest {@link DatabaseConfig#backupsToKeep()} stay;
 * when it is off, the backup is a temporary file deleted after the run. Every connection Flyway
 * opened is closed after each operation, failed or not, so a corrected retry can run in the
 * same process.
 *
 * <p>Migration connections run with SQLite's defaults ({@code foreign_keys} off), as SQLite's
 * procedure for rebuilding a table needs.
 *
 * <p>Thread-safe: every method may be called from any thread, but not inside a transaction of
 * the calling thread where it says so.
 */
public final class Migrations {

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private final ConnectionManager connections;
    private final DatabaseConfig config;
    private final Dialect dialect;
    private final String url;
    private final Path file;
    private final SchemaCheck schema;
    private final List<VersionedMigration> steps;
    private final List<String> locations;
    private final ClassLoader loader;
    private final Runnable afterChange;
    private volatile Boolean hasMigrations;
    private volatile MigrationReport lastRun;
    private volatile FlywayRuns flyway;

    private Migrations(ConnectionManager connections, DatabaseConfig config, SchemaCheck schema,
            List<VersionedMigration> steps, Runnable afterChange) {
        this.connections = connections;
        this.afterChange = afterChange;
        this.config = config;
        this.dialect = connections.dialect();
        this.url = connections.url();
        this.file = ConnectionManager.fileOf(url);
        this.schema = schema;
        this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
        this.loader = loader();
        this.locations = MigrationLocations.resolve(loader, config.migrationLocations(), dialect);
    }

    /**
     * The migrations of a database being opened; called by {@code Database}, not by applications
     * (they reach this through {@code database.migrations()}). {@code afterChange} is called after
     * every run (failed ones included) and after every restore (the query cache empties itself
     * there); {@code schema} compares the database with the entities for {@link #drift()}.
     */
    public static Migrations of(ConnectionManager connections, DatabaseConfig config, SchemaCheck schema,
            List<VersionedMigration> steps, Runnable afterChange) {
        return new Migrations(Objects.requireNonNull(connections), Objects.requireNonNull(config),
                Objects.requireNonNull(schema), Objects.requireNonNull(steps), Objects.requireNonNull(afterChange));
    }

    /**
     * True when {@code steps} or a location of {@code config.migrationLocations()} exist, so that
     * the application may have migrations; false means it has none, decided without opening the
     * database.
     */
    public static boolean mayExist(DatabaseConfig config, List<VersionedMigration> steps) {
        ClassLoader loader = loader();
        return !steps.isEmpty() || config.migrationLocations().stream()
                .anyMatch(location -> MigrationLocations.exists(loader, location));
    }

    /** True when there is any migration: a Java one, an SQL file, or a history in the database. */
    public boolean hasMigrations() {
        Boolean known = hasMigrations;
        if (known == null) {
            known = !steps.isEmpty() || (!locations.isEmpty() && flyway().any());
            hasMigrations = known;
        }
        return known;
    }

    /**
     * Applies every pending migration, in version order, after an online backup; see the class
     * comment for what happens on failure. Then compares the database with the entities, as an
     * open does: the migrations stay applied, but a difference that could return wrong data fails
     * the call, so an application that migrates after opening is checked too.
     *
     * @throws MigrationException naming the version, the description and the underlying message
     *         when a migration fails (or Flyway refuses to run: a changed checksum, say)
     * @throws dev.noormme.SchemaMismatchException when, after the migrations, the database still differs from
     *         the entities in a way that could return wrong data, listing every such difference
     * @throws IllegalStateException inside a transaction
     */
    public MigrationReport migrate() {
        requireNoTransaction("migrate()");
        MigrationReport report;
        try {
            try {
                // Never beside an optimizer run: waits for it, and it stops after its current batch.
                // SQLite's run holds the writer (it reads the file's tables and may back it up);
                // PostgreSQL's needs no connection of the application's.
                report = maintenance(() -> dialect == Dialect.SQLITE
                        ? connections.write((handle, unused) -> flyway().run(handle), null) : flyway().run(null));
            } finally {
                afterChange.run(); // a failed run may have applied and restored migrations
            }
        } catch (SQLException e) {
            throw new MigrationException(null, null, e.getMessage(), null, e);
        }
        lastRun = report;
        LOG.log(Level.INFO, "{0}: {1}", url, report);
        schema.requireMatch(connections, SchemaCheck.Preparation.MIGRATIONS, url);
        return report;
    }

    private MigrationReport maintenance(java.util.concurrent.Callable<MigrationReport> work) throws SQLException {
        try {
            return connections.maintenance(work);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("A migration run failed unexpectedly", e);
        }
    }

    /** The migrations not applied yet, in the order a run would apply them. */
    public List<PendingMigration> pending() {
        if (!hasMigrations()) {
            return List.of();
        }
        return flyway().pending();
    }

    /**
     * Every problem, empty when all is well: Flyway's validation of the applied migrations
     * (changed checksums, applied migrations that no longer exist, failed ones; pending ones are
     * not problems, see {@link #pending()}) and then {@link #drift()}.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (hasMigrations()) {
            problems.addAll(flyway().validate());
        }
        problems.addAll(drift());
        return problems;
    }

    /**
     * Schema drift alone: every table, column, type affinity, DECIMAL collation, nullability,
     * primary key and index the entities declare that the database does not have as declared
     * (and every NOT NULL column without a default that no entity property fills), one sentence
     * each naming the table and column. Read-only.
     */
    public List<String> drift() {
        return schema.drift(connections);
    }

    /**
     * Replaces the database's content with {@code backup}'s, through SQLite's backup API in
     * reverse: safe while the database is open (writers wait, readers see the old content or
     * the new one, never a mix).
     *
     * @throws IllegalStateException inside a transaction
     * @throws NoormmeException when the file is missing or not a SQLite database
     */
    public void restore(Path backup) {
        Objects.requireNonNull(backup, "backup");
        requireNoTransaction("restore()");
        try {
            connections.restore(backup);
        } catch (SQLException e) {
            throw new NoormmeException("Restoring " + url + " from " + backup.toAbsolutePath() + " failed: "
                    + e.getMessage(), e);
        }
        afterChange.run();
        LOG.log(Level.INFO, "Restored {0} from {1}", url, backup.toAbsolutePath());
    }

    /** The pre-migration backups kept next to the database file, oldest first; empty for a private database. */
    public List<Path> backups() {
        if (file == null) {
            return List.of();
        }
        try {
            return Backups.of(file);
        } catch (IOException e) {
            throw new NoormmeException("Cannot list the backups next to " + file + ": " + e, e);
        }
    }

    /** The report of the last run of this database (the one at open included), if any. */
    public Optional<MigrationReport> lastRun() {
        return Optional.ofNullable(lastRun);
    }

    /**
     * The "pending migrations" check for {@code Database.healthCheck()}: pending migrations make
     * it DEGRADED, a failure to read them DOWN. Never throws.
     */
    public HealthReport health() {
        long start = System.nanoTime();
        try {
            List<PendingMigration> pending = pending();
            HealthCheck check = new HealthCheck("pending migrations", pending.isEmpty() ? HealthStatus.UP
                    : HealthStatus.DEGRADED, pending.isEmpty() ? "none pending" : pending.size() + " pending: "
                    + pending.stream().map(m -> "V" + m.version() + " " + m.description()).collect(Collectors.joining(", ")),
                    since(start));
            return new HealthReport(List.of(check), pending.isEmpty() ? List.of()
                    : List.of("Apply the pending migrations: database.migrations().migrate()"));
        } catch (RuntimeException e) {
            return new HealthReport(List.of(new HealthCheck("pending migrations", HealthStatus.DOWN,
                    "Cannot read the migrations: " + e.getMessage(), since(start))), List.of());
        }
    }

    /** The Flyway part, made on first need: a database without migrations never loads Flyway. */
    private FlywayRuns flyway() {
        FlywayRuns made = flyway;
        if (made == null) {
            synchronized (this) {
                made = flyway;
                if (made == null) {
                    made = new FlywayRuns(connections, config, steps, locations, loader);
                    flyway = made;
                }
            }
        }
        return made;
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Migrations.class.getClassLoader();
    }

    private void requireNoTransaction(String operation) {
        if (connections.inTransaction()) {
            throw new IllegalStateException(operation + " cannot run inside a transaction: migrations use their own");
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

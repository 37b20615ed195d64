package dev.noormme.migration;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.schema.SchemaCheck;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The migrations of one database ({@code database.migrations()}), run by Flyway: the SQL files
 * of {@link DatabaseConfig#migrationLocations()} and the Java migrations the generated
 * {@code ServiceFactory} lists (no classpath scanning for classes).
 *
 * <p>A run ({@link #migrate()}) holds the database's write lock: the application's writes wait,
 * its reads go on. Before a run with pending migrations it writes an online backup of the
 * database. Each migration runs in its own transaction on a connection of its own, so a failing
 * one is rolled back whole; when migrations of the same run were applied before it, the database
 * is restored from that backup, so that it is exactly as before the run. When
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
    private final String url;
    private final Path file;
    private final SchemaCheck schema;
    private final List<StepAdapter> steps;
    private final List<String> locations;
    private final ClassLoader loader;
    private final Runnable afterChange;
    private volatile Boolean hasMigrations;
    private volatile MigrationReport lastRun;

    private Migrations(ConnectionManager connections, DatabaseConfig config, SchemaCheck schema,
            List<VersionedMigration> steps, Runnable afterChange) {
        this.connections = connections;
        this.afterChange = afterChange;
        this.config = config;
        this.url = connections.url();
        this.file = ConnectionManager.fileOf(url);
        this.schema = schema;
        this.steps = steps.stream().map(StepAdapter::new).toList();
        this.loader = loader();
        this.locations = config.migrationLocations().stream().filter(location -> exists(loader, location)).toList();
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
        return !steps.isEmpty() || config.migrationLocations().stream().anyMatch(location -> exists(loader, location));
    }

    /** True when there is any migration: a Java one, an SQL file, or a history in the database. */
    public boolean hasMigrations() {
        Boolean known = hasMigrations;
        if (known == null) {
            known = !steps.isEmpty() || (!locations.isEmpty() && withFlyway(false, f -> f.info().all().length > 0));
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
                report = maintenance(() -> connections.write((handle, unused) -> run(handle), null));
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

    private MigrationReport run(Handle handle) throws SQLException {
        long start = System.nanoTime();
        try (MigrationDataSource dataSource = dataSource()) {
            Flyway flyway = flyway(dataSource, false);
            List<MigrationInfo> pending;
            String before;
            try {
                var info = flyway.info();
                pending = List.of(info.pending());
                before = version(info.current());
            } catch (FlywayException e) {
                throw new MigrationException(null, null, reason(e), null, e);
            }
            boolean hadData = handle.queryLong("SELECT count(*) FROM sqlite_master") > 0;
            boolean keep = config.backupBeforeMigrate() && hadData && file != null;
            Path backup = pending.isEmpty() ? null : backup(before, keep);
            MigrateResult result;
            try {
                result = flyway.migrate();
            } catch (FlywayException e) {
                dataSource.close();
                throw failure(e, flyway, pending, before, backup, keep);
            }
            if (backup != null && !keep) {
                deleteQuietly(backup);
            }
            if (keep) {
                prune();
            }
            List<MigrationReport.Applied> applied = new ArrayList<>();
            for (MigrateOutput output : result.migrations == null ? List.<MigrateOutput>of() : result.migrations) {
                applied.add(new MigrationReport.Applied(output.version, output.description, output.type,
                        Duration.ofMillis(output.executionTime)));
            }
            String after = applied.isEmpty() ? before : applied.get(applied.size() - 1).version();
            return new MigrationReport(Optional.ofNullable(before), Optional.ofNullable(after), applied,
                    Optional.ofNullable(keep ? backup : null), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private Path backup(String version, boolean keep) throws SQLException {
        Path target;
        try {
            target = keep ? Backups.next(file, version, Instant.now())
                    : Files.createTempFile(file == null ? null : file.toAbsolutePath().getParent(), "noormme-migration-", ".backup");
        } catch (IOException e) {
            throw new SQLException("Cannot create the pre-migration backup file: " + e, e);
        }
        connections.backup(target);
        return target;
    }

    private MigrationException failure(FlywayException e, Flyway flyway, List<MigrationInfo> pending, String before,
            Path backup, boolean keep) {
        MigrationInfo failed = null;
        String after = before;
        if (!(e instanceof FlywayValidateException)) {
            try {
                // A failed migration was rolled back, so it is the first of the run still pending.
                List<String> wasPending = pending.stream().map(m -> m.getVersion().getVersion()).toList();
                for (MigrationInfo still : flyway.info().pending()) {
                    if (wasPending.contains(still.getVersion().getVersion())) {
                        failed = still;
                        break;
                    }
                }
                after = version(flyway.info().current());
            } catch (FlywayException unreadable) {
                e.addSuppressed(unreadable);
                after = null;
            }
        }
        Path restoredFrom = null;
        if (backup != null && !Objects.equals(before, after)) {
            try {
                connections.restore(backup);
                restoredFrom = backup;
            } catch (SQLException | RuntimeException restoring) {
                e.addSuppressed(restoring);
            }
        }
        if (backup != null && !keep) {
            deleteQuietly(backup);
        }
        MigrationException failure = new MigrationException(failed == null ? null : failed.getVersion().getVersion(),
                failed == null ? null : failed.getDescription(), reason(e), restoredFrom, e);
        LOG.log(Level.ERROR, failure.getMessage());
        return failure;
    }

    private void prune() {
        try {
            for (Path deleted : Backups.prune(file, config.backupsToKeep())) {
                LOG.log(Level.DEBUG, "Deleted the old backup {0}", deleted);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not prune the backups of " + file, e);
        }
    }

    /** The migrations not applied yet, in the order a run would apply them. */
    public List<PendingMigration> pending() {
        if (!hasMigrations()) {
            return List.of();
        }
        return withFlyway(false, flyway -> {
            List<PendingMigration> pending = new ArrayList<>();
            for (MigrationInfo info : flyway.info().pending()) {
                pending.add(new PendingMigration(info.getVersion().getVersion(), info.getDescription(),
                        info.getType().name()));
            }
            return pending;
        });
    }

    /**
     * Every problem, empty when all is well: Flyway's validation of the applied migrations
     * (changed checksums, applied migrations that no longer exist, failed ones; pending ones are
     * not problems, see {@link #pending()}) and then {@link #drift()}.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (hasMigrations()) {
            withFlyway(true, flyway -> {
                ValidateResult result = flyway.validateWithResult();
                for (ValidateOutput invalid : result.invalidMigrations) {
                    problems.add("Migration " + (invalid.version == null || invalid.version.isEmpty() ? ""
                            : "V" + invalid.version + " ") + invalid.description + ": "
                            + (invalid.errorDetails == null ? "invalid" : invalid.errorDetails.errorMessage));
                }
                if (!result.validationSuccessful && result.invalidMigrations.isEmpty() && result.errorDetails != null) {
                    problems.add(result.errorDetails.errorMessage);
                }
                return null;
            });
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

    private <R> R withFlyway(boolean forValidation, Function<Flyway, R> work) {
        try (MigrationDataSource dataSource = dataSource()) {
            return work.apply(flyway(dataSource, forValidation));
        } catch (FlywayException e) {
            throw new MigrationException(null, null, reason(e), null, e);
        }
    }

    private MigrationDataSource dataSource() {
        if (connections.dialect() != Dialect.SQLITE) {
            // The runner (MigrationDataSource, backup and restore) is SQLite's; a database without
            // migration files or @Migration classes never gets here.
            throw new NoormmeException("Migrations do not run on " + connections.dialect() + " yet: " + url
                    + " has migrations (" + String.join(", ", locations) + (steps.isEmpty() ? "" : ", " + steps.size()
                    + " @Migration classes") + ") and the runner opens SQLite connections only. Create the schema with"
                    + " createSchema(true) and no migrations meanwhile");
        }
        if (file == null && !url.contains("cache=shared")) {
            throw new NoormmeException("Migrations need a database that a second connection can open, but " + url
                    + " is a private in-memory database. Use a file, or no url at all (a private temporary file)");
        }
        return new MigrationDataSource(url, config.busyTimeout().toMillis());
    }

    private Flyway flyway(MigrationDataSource dataSource, boolean forValidation) {
        var configuration = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(steps.toArray(StepAdapter[]::new))
                .validateMigrationNaming(true)
                .baselineOnMigrate(config.baselineOnMigrate())
                .baselineVersion(config.baselineVersion())
                .cleanDisabled(true);
        if (forValidation) {
            configuration.ignoreMigrationPatterns("*:pending");
        }
        return configuration.load();
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Migrations.class.getClassLoader();
    }

    private static boolean exists(ClassLoader loader, String location) {
        if (location.startsWith("classpath:")) {
            String path = location.substring("classpath:".length());
            return loader.getResource(path.startsWith("/") ? path.substring(1) : path) != null;
        }
        return Files.isDirectory(Path.of(location.substring("filesystem:".length())));
    }

    private void requireNoTransaction(String operation) {
        if (connections.inTransaction()) {
            throw new IllegalStateException(operation + " cannot run inside a transaction: migrations use their own");
        }
    }

    /**
     * The deepest cause's message: SQLite's, or the Java migration's own; for a database that
     * has tables but no migration history, which settings adopt it.
     */
    static String reason(Throwable failure) {
        if (String.valueOf(failure.getMessage()).contains("but no schema history table")) {
            return "The database has tables but no migration history (no flyway_schema_history table), so which"
                    + " migrations to run is unknown. If its tables are what your migrations up to version N create,"
                    + " set baselineOnMigrate(true) and baselineVersion(\"N\") (NOORMME_BASELINE_ON_MIGRATE=true,"
                    + " NOORMME_BASELINE_VERSION=N): the database is recorded at version N and the later migrations"
                    + " run on it. (Flyway: " + failure.getMessage().strip() + ")";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getName();
        }
        return root instanceof SQLException || root == failure ? message : root.getClass().getSimpleName() + ": " + message;
    }

    private static String version(MigrationInfo info) {
        return info == null || info.getVersion() == null ? null : info.getVersion().getVersion();
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the temporary backup " + path, e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

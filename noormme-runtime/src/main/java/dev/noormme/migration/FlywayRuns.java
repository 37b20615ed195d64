package dev.noormme.migration;

import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
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
import java.util.Properties;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateOutput;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The part of {@link Migrations} that runs Flyway: kept apart, and made only when there are
 * migrations (Java steps, or a location holding SQL files), so that a database without any never
 * loads a Flyway class. Thread-safe as {@link Migrations} says.
 */
final class FlywayRuns {

    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private final ConnectionManager connections;
    private final DatabaseConfig config;
    private final Dialect dialect;
    private final String url;
    private final Path file;
    private final List<StepAdapter> steps;
    private final List<String> locations;
    private final ClassLoader loader;

    FlywayRuns(ConnectionManager connections, DatabaseConfig config, List<VersionedMigration> steps,
            List<String> locations, ClassLoader loader) {
        this.connections = connections;
        this.config = config;
        this.dialect = connections.dialect();
        this.url = connections.url();
        this.file = ConnectionManager.fileOf(url);
        this.steps = steps.stream().map(StepAdapter::new).toList();
        this.locations = locations;
        this.loader = loader;
    }

    /** True when Flyway finds any migration: an SQL file, or a history in the database. */
    boolean any() {
        return withFlyway(false, f -> f.info().all().length > 0);
    }

    /** One run; {@code handle} is the writer on SQLite, null on PostgreSQL (no backup there). */
    MigrationReport run(Handle handle) throws SQLException {
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
            boolean hadData = handle != null && handle.queryLong("SELECT count(*) FROM sqlite_master") > 0;
            boolean keep = config.backupBeforeMigrate() && hadData && file != null;
            Path backup = pending.isEmpty() || handle == null ? null : backup(before, keep);
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
                    Optional.ofNullable(keep ? backup : null), Duration.ofNanos(System.nanoTime() - start),
                    handle == null);
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
        String version = failed == null ? null : failed.getVersion().getVersion();
        String description = failed == null ? null : failed.getDescription();
        MigrationException failure = dialect == Dialect.POSTGRESQL
                ? MigrationException.rolledBack(version, description, reason(e), e)
                : new MigrationException(version, description, reason(e), restoredFrom, e);
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
    List<PendingMigration> pending() {
        return withFlyway(false, flyway -> {
            List<PendingMigration> pending = new ArrayList<>();
            for (MigrationInfo info : flyway.info().pending()) {
                pending.add(new PendingMigration(info.getVersion().getVersion(), info.getDescription(),
                        info.getType().name()));
            }
            return pending;
        });
    }

    /** Flyway's validation of the applied migrations, one problem each (see {@link Migrations#validate()}). */
    List<String> validate() {
        List<String> problems = new ArrayList<>();
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
        return problems;
    }

    private <R> R withFlyway(boolean forValidation, Function<Flyway, R> work) {
        try (MigrationDataSource dataSource = dataSource()) {
            return work.apply(flyway(dataSource, forValidation));
        } catch (FlywayException e) {
            throw new MigrationException(null, null, reason(e), null, e);
        }
    }

    private MigrationDataSource dataSource() {
        if (dialect == Dialect.POSTGRESQL) {
            Properties credentials = new Properties();
            config.username().ifPresent(user -> credentials.setProperty("user", user));
            config.password().ifPresent(password -> credentials.setProperty("password", password));
            // The config's url, not connections.url(): that one shows a password in it as ***.
            return MigrationDataSource.postgres(config.url().orElse(url), credentials);
        }
        if (file == null && !url.contains("cache=shared")) {
            throw new NoormmeException("Migrations need a database that a second connection can open, but " + url
                    + " is a private in-memory database. Use a file, or no url at all (a private temporary file)");
        }
        return MigrationDataSource.sqlite(url, config.busyTimeout().toMillis());
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
}

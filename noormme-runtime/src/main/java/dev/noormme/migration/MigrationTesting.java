package dev.noormme.migration;

import dev.noormme.Database;
import dev.noormme.SchemaMismatchException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.internal.EntityMapping;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks an application's migrations from its own tests: runs every migration on a fresh private
 * database and compares the result with the entities, failing with the list of differences.
 *
 * <pre>{@code
 * @Test
 * void migrationsBuildTheSchemaOfTheEntities() {
 *     MigrationTesting.verify(config -> ServiceFactory.create(config).database());
 * }
 * }</pre>
 *
 * <p>Stateless; each call uses a database of its own, so calls may run in parallel.
 */
public final class MigrationTesting {

    private MigrationTesting() {
    }

    /**
     * Opens a fresh private database through {@code open} (given the {@link Environment#TEST}
     * defaults, with the schema neither created from the entities nor migrated at open), runs
     * every migration, and checks the result.
     *
     * @return the report of the run
     * @throws AssertionError listing every problem of {@link Migrations#validate()}, or naming the
     *         migration that failed
     */
    public static MigrationReport verify(Function<DatabaseConfig, Database> open) {
        return verify(DatabaseConfig.forEnvironment(Environment.TEST), open);
    }

    /**
     * As {@link #verify(Function)}, starting from {@code config} (its migration locations, say);
     * its url is replaced by a private temporary database.
     */
    public static MigrationReport verify(DatabaseConfig config, Function<DatabaseConfig, Database> open) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(open, "open");
        DatabaseConfig fresh = config.toBuilder().url(null).createSchema(false).migrateOnOpen(false)
                .backupBeforeMigrate(false).build();
        try (Database database = open.apply(fresh)) {
            MigrationReport report;
            try {
                report = database.migrations().migrate();
            } catch (MigrationException e) {
                throw new AssertionError("A migration failed on a fresh database: " + e.getMessage(), e);
            } catch (SchemaMismatchException e) {
                // The migrations ran; validate() below lists these differences with the minor ones.
                report = database.migrations().lastRun().orElseThrow(() -> e);
            }
            List<String> problems = database.migrations().validate();
            if (!problems.isEmpty()) {
                throw new AssertionError("After every migration (" + report.versions() + "), the database differs from "
                        + "the entities in " + problems.size() + " way(s):\n - " + String.join("\n - ", problems));
            }
            return report;
        }
    }

    /**
     * As {@link #verify(Function)} for code that opens {@code Database} itself: these entities
     * and Java migrations, and the SQL migrations of {@code config}.
     */
    public static MigrationReport verify(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities,
            List<VersionedMigration> migrations) {
        return verify(config, fresh -> Database.open(fresh, entities, migrations));
    }
}

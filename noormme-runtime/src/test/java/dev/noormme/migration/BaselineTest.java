package dev.noormme.migration;

import static dev.noormme.migration.Fixtures.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.SchemaOnlyMapping;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting a database made from the entities (no migration history) into migrations. */
class BaselineTest {

    /** What V1 would have created: the schema createSchema made from NOTES. */
    private static final VersionedMigration V1 = step("1", "Create notes",
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, created_at INTEGER NOT NULL)",
            "CREATE INDEX notes_created_at ON notes (created_at)");
    private static final VersionedMigration V2 = step("2", "Add tag", "ALTER TABLE notes ADD COLUMN tag TEXT");
    private static final SchemaOnlyMapping NOTES_WITH_TAG = new SchemaOnlyMapping("notes",
            "CREATE TABLE IF NOT EXISTS `notes` (`id` INTEGER PRIMARY KEY, `title` TEXT NOT NULL, `body` TEXT,"
                    + " `created_at` INTEGER NOT NULL, `tag` TEXT)",
            "CREATE INDEX IF NOT EXISTS `notes_created_at` ON `notes` (`created_at`)");

    @TempDir
    Path folder;

    private DatabaseConfig createdFromEntities() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db")).migrationLocations().build();
        Database.open(config, List.of(SchemaOnlyMapping.NOTES)).close();
        return config;
    }

    @Test
    void baselineOnMigrateAdoptsADatabaseMadeFromTheEntitiesAndRunsOnlyTheLaterMigrations() throws Exception {
        DatabaseConfig config = createdFromEntities().toBuilder().baselineOnMigrate(true).baselineVersion("1").build();
        try (Database database = Database.open(config, List.of(NOTES_WITH_TAG), List.of(V1, V2))) {
            assertEquals(List.of("2"), database.migrations().lastRun().orElseThrow().versions());
            assertEquals(List.of(), database.migrations().validate());
        }
        assertEquals(List.of("1|<< Flyway Baseline >>", "2|Add tag"), Fixtures.rows(folder.resolve("app.db"),
                "SELECT version, description FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void withoutABaselineTheFailureNamesTheSettings() {
        DatabaseConfig config = createdFromEntities();
        MigrationException failure = assertThrows(MigrationException.class,
                () -> Database.open(config, List.of(NOTES_WITH_TAG), List.of(V1, V2)));
        assertTrue(failure.getMessage().contains("The database has tables but no migration history"), failure.getMessage());
        assertTrue(failure.getMessage().contains("set baselineOnMigrate(true) and baselineVersion(\"N\")"
                + " (NOORMME_BASELINE_ON_MIGRATE=true, NOORMME_BASELINE_VERSION=N)"), failure.getMessage());
    }
}

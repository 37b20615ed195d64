package dev.noormme.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.SchemaMismatchException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.SchemaOnlyMapping;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift as {@code migrations().validate()} and {@code healthCheck()} report it. A difference
 * that could return wrong data also fails the open (see {@code SchemaCheckAtOpenTest}) and a
 * migration run by hand, so those are read here after opening without migrating and migrating
 * by hand.
 */
class SchemaDriftTest {

    @TempDir
    Path folder;

    private DatabaseConfig config(String scenario) {
        return DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db"))
                .migrationLocations("classpath:migrations/" + scenario)
                .build();
    }

    private Database open(String scenario) {
        return Database.open(config(scenario), List.of(SchemaOnlyMapping.NOTES));
    }

    /**
     * Opens without migrating (so the open does not check), then migrates by hand: the
     * migrations stay applied, and the check that follows them fails the call with the same
     * differences the open would have listed.
     */
    private Database migratedByHand(DatabaseConfig config, List<SchemaOnlyMapping> entities, VersionedMigration... steps) {
        Database database = Database.open(config.toBuilder().migrateOnOpen(false).build(), entities, List.of(steps));
        SchemaMismatchException failure = assertThrows(SchemaMismatchException.class,
                () -> database.migrations().migrate());
        assertEquals(List.of(), database.migrations().pending(), "the migrations stay applied");
        assertTrue(database.migrations().validate().containsAll(failure.differences()), failure.getMessage());
        return database;
    }

    @Test
    void migrationsThatBuildTheDeclaredSchemaHaveNoProblems() {
        try (Database database = open("drift_ok")) {
            assertEquals(List.of(), database.migrations().validate());
            HealthReport health = database.healthCheck();
            assertEquals(HealthStatus.UP, health.status());
            assertEquals("none pending", health.check("pending migrations").detail());
            assertEquals("the database matches the 1 entities", health.check("schema drift").detail());
        }
    }

    @Test
    void missingColumnIsNamedWithItsTableAndFailsTheOpen() {
        String problem = "Table notes, column body: missing; the entity declares TEXT.";
        try (Database database = migratedByHand(config("drift_missing_column"), List.of(SchemaOnlyMapping.NOTES))) {
            assertEquals(List.of(problem), database.migrations().validate());
        }
        SchemaMismatchException failure = assertThrows(SchemaMismatchException.class, () -> open("drift_missing_column"));
        assertEquals(List.of(problem), failure.differences());
    }

    @Test
    void missingIndexIsNamedShowsInTheHealthCheckAndDoesNotStopTheOpen() {
        String problem = "Table notes, column created_at: index missing; the entity declares a index on (created_at).";
        try (Database database = open("drift_missing_index")) {
            assertEquals(List.of(problem), database.migrations().validate());
            HealthReport health = database.healthCheck();
            assertEquals(HealthStatus.DEGRADED, health.check("schema drift").status());
            assertEquals(problem, health.check("schema drift").detail());
            assertTrue(health.healthy(), "drift degrades, it does not take the database down");
            assertTrue(health.recommendations().get(0).startsWith("Write a migration"), health.recommendations().toString());
        }
    }

    @Test
    void wrongNullabilityIsNamed() {
        try (Database database = migratedByHand(config("drift_nullable"), List.of(SchemaOnlyMapping.NOTES))) {
            assertEquals(List.of("Table notes, column title: nullable in the database, but the entity declares it NOT NULL."),
                    database.migrations().validate());
        }
    }

    @Test
    void missingTableAndWrongAffinityAreNamed() {
        SchemaOnlyMapping tags = new SchemaOnlyMapping("tags",
                "CREATE TABLE IF NOT EXISTS `tags` (`code` TEXT PRIMARY KEY NOT NULL, `uses` INTEGER NOT NULL)");
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db")).migrationLocations().build();
        try (Database database = migratedByHand(config, List.of(SchemaOnlyMapping.NOTES, tags),
                Fixtures.step("1", "Tags only", "CREATE TABLE tags (code TEXT PRIMARY KEY NOT NULL, uses TEXT NOT NULL)"))) {
            assertEquals(List.of(
                    "Table notes is missing: the entity declares columns id, title, body, created_at.",
                    "Table tags, column uses: type affinity is TEXT (declared 'TEXT'), but the entity needs INTEGER ('INTEGER')."),
                    database.migrations().drift());
        }
    }

    @Test
    void uniquenessDifferenceIsNamedAndDoesNotStopTheOpen() {
        SchemaOnlyMapping people = new SchemaOnlyMapping("people",
                "CREATE TABLE IF NOT EXISTS `people` (`id` INTEGER PRIMARY KEY, `email` TEXT NOT NULL UNIQUE)");
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db")).migrationLocations().build();
        try (Database database = Database.open(config, List.of(people), List.of(Fixtures.step("1", "People",
                "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT NOT NULL)",
                "CREATE INDEX people_email ON people (email)")))) {
            assertEquals(List.of("Table people, column email: the database has index on (email), but the entity "
                    + "declares a UNIQUE index on (email)."), database.migrations().drift());
        }
    }
}

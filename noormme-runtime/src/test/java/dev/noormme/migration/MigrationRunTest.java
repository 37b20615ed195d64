package dev.noormme.migration;

import static dev.noormme.migration.Fixtures.config;
import static dev.noormme.migration.Fixtures.open;
import static dev.noormme.migration.Fixtures.rows;
import static dev.noormme.migration.Fixtures.schema;
import static dev.noormme.migration.Fixtures.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunTest {

    @TempDir
    Path folder;

    @Test
    void sqlOnlyMigrationsRunInVersionOrderAndAreReportedAsSql() throws Exception {
        try (Database database = open(config(folder, "classpath:migrations/sqlonly"))) {
            assertEquals(List.of(new PendingMigration("1", "create notes", "SQL"),
                    new PendingMigration("1.1", "add body", "SQL")), database.migrations().pending());

            MigrationReport report = database.migrations().migrate();

            assertEquals(List.of("1", "1.1"), report.versions());
            assertEquals(List.of("SQL", "SQL"), report.applied().stream().map(MigrationReport.Applied::type).toList());
            assertEquals(List.of("create notes", "add body"),
                    report.applied().stream().map(MigrationReport.Applied::description).toList());
            assertEquals(Optional.empty(), report.fromVersion());
            assertEquals(Optional.of("1.1"), report.toVersion());
            assertEquals(Optional.empty(), report.backup(), "a fresh database has nothing to back up");
            assertEquals(List.of(), database.migrations().pending());
            assertEquals(Optional.of(report), database.migrations().lastRun());
        }
        assertEquals(List.of("1|first|null"), rows(folder.resolve("app.db"), "SELECT id, title, body FROM notes"));
        assertEquals(List.of("1|create notes|SQL|1", "1.1|add body|SQL|1"), rows(folder.resolve("app.db"),
                "SELECT version, description, type, success FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void javaOnlyMigrationsRunWithTheirIndexedVersionAndDescriptionAsJdbc() throws Exception {
        try (Database database = open(config(folder),
                step("1", "Create notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"),
                step("2", "Seed notes", "INSERT INTO notes (title) VALUES ('seeded')"))) {
            MigrationReport report = database.migrations().migrate();
            assertEquals(List.of("1", "2"), report.versions());
            assertEquals(List.of("JDBC", "JDBC"), report.applied().stream().map(MigrationReport.Applied::type).toList());
        }
        assertEquals(List.of("1|Create notes|JDBC", "2|Seed notes|JDBC"), rows(folder.resolve("app.db"),
                "SELECT version, description, type FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("seeded"), rows(folder.resolve("app.db"), "SELECT title FROM notes"));
    }

    @Test
    void mixedSqlAndJavaMigrationsInterleaveByVersion() throws Exception {
        try (Database database = open(config(folder, "classpath:migrations/mixed"),
                step("2", "Seed notes", "INSERT INTO notes (title) VALUES ('two')"))) {
            MigrationReport report = database.migrations().migrate();
            assertEquals(List.of("1", "2", "3"), report.versions());
            assertEquals(List.of("SQL", "JDBC", "SQL"), report.applied().stream().map(MigrationReport.Applied::type).toList());
            System.out.println(report);
        }
        assertEquals(List.of("two|0"), rows(folder.resolve("app.db"), "SELECT title, created_at FROM notes"));
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        Path file = folder.resolve("app.db");
        try (Database database = open(config(folder, "classpath:migrations/sqlonly"))) {
            database.migrations().migrate();
        }
        List<String> schema = schema(file);
        List<String> history = rows(file, "SELECT installed_rank, version, checksum FROM flyway_schema_history");
        try (Database database = open(config(folder, "classpath:migrations/sqlonly"))) {
            MigrationReport again = database.migrations().migrate();
            assertTrue(again.applied().isEmpty());
            assertEquals(Optional.of("1.1"), again.fromVersion());
            assertEquals(Optional.of("1.1"), again.toVersion());
            assertEquals(Optional.empty(), again.backup(), "nothing pending: no backup");
            assertTrue(again.toString().startsWith("Schema is up to date at version 1.1"), again.toString());
        }
        assertEquals(schema, schema(file));
        assertEquals(history, rows(file, "SELECT installed_rank, version, checksum FROM flyway_schema_history"));
        assertEquals(List.of("1|first"), rows(file, "SELECT id, title FROM notes"));
    }

    @Test
    void reportPrintsOneLinePerMigration() {
        try (Database database = open(config(folder, "classpath:migrations/mixed"),
                step("2", "Seed notes", "INSERT INTO notes (title) VALUES ('two')"))) {
            String text = database.migrations().migrate().toString();
            String[] lines = text.split("\\R");
            assertEquals(4, lines.length, text);
            assertTrue(lines[0].startsWith("Migrated from an empty schema to 3 in "), text);
            assertTrue(lines[1].matches("  V1 SQL  create notes \\(\\d+ ms\\)"), lines[1]);
            assertTrue(lines[2].matches("  V2 JDBC Seed notes \\(\\d+ ms\\)"), lines[2]);
            assertTrue(lines[3].matches("  V3 SQL  add created at \\(\\d+ ms\\)"), lines[3]);
        }
    }

    @Test
    void aDatabaseWithoutMigrationsHasNothingPendingAndNoMigrationChecks() {
        try (Database database = open(config(folder, "classpath:migrations/does-not-exist"))) {
            assertFalse(database.migrations().hasMigrations());
            assertEquals(List.of(), database.migrations().pending());
            assertEquals(List.of("connectivity", "integrity", "pool", "circuit breaker", "pool waits", "WAL size", "free pages",
                    "cache hit rate", "slow-query rate", "error rate", "maintenance"),
                    database.healthCheck().checks().stream().map(c -> c.name()).toList());
        }
    }
}

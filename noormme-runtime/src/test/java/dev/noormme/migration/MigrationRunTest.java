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
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Dialect.class)
class MigrationRunTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    @Test
    void sqlOnlyMigrationsRunInVersionOrderAndAreReportedAsSql() throws Exception {
        DatabaseConfig config = config(dialect, folder, "classpath:migrations/sqlonly");
        try (Database database = open(config)) {
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
        assertEquals(List.of("1|first|null"), rows(config, "SELECT id, title, body FROM notes"));
        assertEquals(List.of("1|create notes|SQL|1", "1.1|add body|SQL|1"), rows(config, "SELECT version, description,"
                + " type, CASE WHEN success THEN 1 ELSE 0 END FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void javaOnlyMigrationsRunWithTheirIndexedVersionAndDescriptionAsJdbc() throws Exception {
        DatabaseConfig config = config(dialect, folder);
        try (Database database = open(config,
                step("1", "Create notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"),
                step("2", "Seed notes", "INSERT INTO notes (id, title) VALUES (1, 'seeded')"))) {
            MigrationReport report = database.migrations().migrate();
            assertEquals(List.of("1", "2"), report.versions());
            assertEquals(List.of("JDBC", "JDBC"), report.applied().stream().map(MigrationReport.Applied::type).toList());
        }
        assertEquals(List.of("1|Create notes|JDBC", "2|Seed notes|JDBC"), rows(config,
                "SELECT version, description, type FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("seeded"), rows(config, "SELECT title FROM notes"));
    }

    @Test
    void mixedSqlAndJavaMigrationsInterleaveByVersion() throws Exception {
        DatabaseConfig config = config(dialect, folder, "classpath:migrations/mixed");
        try (Database database = open(config, step("2", "Seed notes", "INSERT INTO notes (id, title) VALUES (1, 'two')"))) {
            MigrationReport report = database.migrations().migrate();
            assertEquals(List.of("1", "2", "3"), report.versions());
            assertEquals(List.of("SQL", "JDBC", "SQL"), report.applied().stream().map(MigrationReport.Applied::type).toList());
        }
        assertEquals(List.of("two|0"), rows(config, "SELECT title, created_at FROM notes"));
    }

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        DatabaseConfig config = config(dialect, folder, "classpath:migrations/sqlonly");
        try (Database database = open(config)) {
            database.migrations().migrate();
        }
        List<String> schema = schema(config);
        List<String> history = rows(config, "SELECT installed_rank, version, checksum FROM flyway_schema_history");
        try (Database database = open(config)) {
            MigrationReport again = database.migrations().migrate();
            assertTrue(again.applied().isEmpty());
            assertEquals(Optional.of("1.1"), again.fromVersion());
            assertEquals(Optional.of("1.1"), again.toVersion());
            assertEquals(Optional.empty(), again.backup(), "nothing pending: no backup");
            assertTrue(again.toString().startsWith("Schema is up to date at version 1.1"), again.toString());
        }
        assertEquals(schema, schema(config));
        assertEquals(history, rows(config, "SELECT installed_rank, version, checksum FROM flyway_schema_history"));
        assertEquals(List.of("1|first"), rows(config, "SELECT id, title FROM notes"));
    }

    @Test
    void reportPrintsOneLinePerMigration() {
        try (Database database = open(config(dialect, folder, "classpath:migrations/mixed"),
                step("2", "Seed notes", "INSERT INTO notes (id, title) VALUES (1, 'two')"))) {
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
        try (Database database = open(config(dialect, folder, "classpath:migrations/does-not-exist"))) {
            assertFalse(database.migrations().hasMigrations());
            assertEquals(List.of(), database.migrations().pending());
            assertEquals(switch (dialect) {
                case SQLITE -> List.of("connectivity", "integrity", "pool", "circuit breaker", "pool waits", "WAL size",
                        "free pages", "cache hit rate", "slow-query rate", "error rate", "maintenance");
                case POSTGRESQL -> List.of("connectivity", "pool", "circuit breaker", "pool waits", "connections",
                        "dead tuples", "cache hit rate", "slow-query rate", "error rate", "maintenance");
            }, database.healthCheck().checks().stream().map(c -> c.name()).toList());
        }
    }
}

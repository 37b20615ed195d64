package dev.noormme.migration;

import static dev.noormme.fixtures.PostgresRows.rows;
import static dev.noormme.migration.Fixtures.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations on the embedded PostgreSQL server: transactional DDL in place of SQLite's backup. */
class PostgresMigrationTest {

    private static final String HISTORY = "SELECT version, type, success FROM flyway_schema_history"
            + " WHERE version IS NOT NULL ORDER BY installed_rank";
    private static final String TABLES = "SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history' ORDER BY table_name";

    @TempDir
    Path folder;
    private String url;
    private Path sql;

    @BeforeEach
    void files() throws Exception {
        url = PostgresServer.newDatabase();
        sql = Files.createDirectories(folder.resolve("sql"));
        Files.writeString(sql.resolve("V1__create_notes.sql"),
                "CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL);\n");
        Files.writeString(sql.resolve("V3__add_body.sql"), "ALTER TABLE notes ADD COLUMN body text;\n");
    }

    private Database open(String location) {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url(url).migrateOnOpen(false).migrationLocations(location).build();
        return Database.open(config, List.of(), List.of(step("2", "seed notes",
                "INSERT INTO notes (title) VALUES ('first'), ('second')")));
    }

    @Test
    void sqlAndJavaMigrationsRunInOrderWithNoBackupAndThePendingListEmpties() throws Exception {
        try (Database database = open("filesystem:" + sql)) {
            assertEquals(List.of("1 create notes", "2 seed notes", "3 add body"), database.migrations().pending()
                    .stream().map(m -> m.version() + " " + m.description()).toList());

            MigrationReport report = database.migrations().migrate();

            assertEquals(List.of("1", "2", "3"), report.versions());
            assertEquals(Optional.empty(), report.backup());
            assertTrue(report.transactionalDdl());
            assertTrue(report.toString().contains("(no backup: each migration ran in a transaction that a failure"
                    + " rolls back whole)"), report.toString());
            assertEquals(List.of(), database.migrations().pending());
        }
        assertEquals(List.of("1|SQL|t", "2|JDBC|t", "3|SQL|t"), rows(url, HISTORY));
        assertEquals(List.of("first|null", "second|null"), rows(url, "SELECT title, body FROM notes ORDER BY id"));
    }

    @Test
    void failingMigrationIsRolledBackWholeAndTheEarlierOnesStay() throws Exception {
        Files.writeString(sql.resolve("V4__half_done.sql"),
                "CREATE TABLE half (id bigint PRIMARY KEY);\nINSERT INTO half VALUES (1);\nINSERT INTO nope VALUES (1);\n");
        try (Database database = open("filesystem:" + sql)) {
            MigrationException failure = assertThrows(MigrationException.class, () -> database.migrations().migrate());

            assertEquals(Optional.of("4"), failure.version());
            assertEquals(Optional.of("half done"), failure.description());
            assertTrue(failure.reason().contains("relation \"nope\" does not exist"), failure.reason());
            assertTrue(failure.getMessage().startsWith("Migration V4 (half done) failed: "), failure.getMessage());
            assertTrue(failure.getMessage().contains("Its transaction was rolled back, DDL included: nothing of V4"
                    + " remains, and the migrations applied before it stay applied"), failure.getMessage());
            assertEquals(Optional.empty(), failure.restoredFrom());
            assertEquals(List.of("4"), database.migrations().pending().stream().map(PendingMigration::version).toList());
        }
        assertEquals(List.of("1|SQL|t", "2|JDBC|t", "3|SQL|t"), rows(url, HISTORY));
        assertEquals(List.of("notes"), rows(url, TABLES), "the table V4 created before failing is gone");
    }

    @Test
    void validateNamesAMigrationWhoseFileChangedAfterItRan() throws Exception {
        try (Database database = open("filesystem:" + sql)) {
            database.migrations().migrate();
            assertEquals(List.of(), database.migrations().validate());

            Files.writeString(sql.resolve("V3__add_body.sql"), "ALTER TABLE notes ADD COLUMN body varchar(100);\n");

            List<String> problems = database.migrations().validate();
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("Migration V3 add body: "), problems.get(0));
            assertTrue(problems.get(0).contains("checksum"), problems.get(0));
        }
    }

    @Test
    void dialectFoldersRunTheCommonAndPostgresqlFilesOnly() throws Exception {
        try (Database database = Database.open(DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url(url).migrateOnOpen(false).migrationLocations("classpath:migrations/vendored").build(), List.of())) {
            assertEquals(List.of("1", "2"), database.migrations().migrate().versions());
        }
        assertEquals(List.of("notes", "only_on_postgresql"), rows(url, TABLES));
        assertEquals(List.of("1|create notes", "2|postgresql only"),
                rows(url, "SELECT version, description FROM flyway_schema_history ORDER BY installed_rank"));
    }

    @Test
    void restoreIsRefusedNamingTheServersTools() {
        try (Database database = open("filesystem:" + sql)) {
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> database.migrations().restore(folder.resolve("app.dump")));

            assertTrue(refused.getMessage().contains("pg_restore"), refused.getMessage());
        }
    }
}

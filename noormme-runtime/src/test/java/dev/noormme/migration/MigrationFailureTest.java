package dev.noormme.migration;

import static dev.noormme.migration.Fixtures.failingStep;
import static dev.noormme.migration.Fixtures.rows;
import static dev.noormme.migration.Fixtures.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFailureTest {

    private static final String HISTORY = "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank";

    @TempDir
    Path folder;

    private DatabaseConfig config(String... locations) {
        return DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db"))
                .migrateOnOpen(false)
                .backupBeforeMigrate(true)
                .migrationLocations(locations)
                .build();
    }

    @Test
    void failingSqlMigrationRestoresTheRunNamesItAndACorrectedRetrySucceeds() throws Exception {
        Path sql = Files.createDirectories(folder.resolve("sql"));
        Path file = folder.resolve("app.db");
        Files.writeString(sql.resolve("V1__create_notes.sql"),
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\nINSERT INTO notes (title) VALUES ('kept');\n");
        try (Database database = Database.open(config("filesystem:" + sql), List.of())) {
            assertEquals(List.of("1"), database.migrations().migrate().versions());

            Files.writeString(sql.resolve("V2__add_row.sql"), "INSERT INTO notes (title) VALUES ('from v2');\n");
            Files.writeString(sql.resolve("V3__broken_insert.sql"),
                    "INSERT INTO notes (title) VALUES ('from v3');\nINSERT INTO nope VALUES (1);\n");

            MigrationException failure = assertThrows(MigrationException.class, () -> database.migrations().migrate());

            assertEquals(Optional.of("3"), failure.version());
            assertEquals(Optional.of("broken insert"), failure.description());
            assertTrue(failure.reason().contains("no such table: nope"), failure.reason());
            assertTrue(failure.getMessage().startsWith("Migration V3 (broken insert) failed: "), failure.getMessage());
            assertEquals(List.of("kept"), rows(file, "SELECT title FROM notes ORDER BY id"),
                    "V2 of the same run and the row V3 inserted are gone");
            assertEquals(List.of("1|1"), rows(file, HISTORY));
            List<Path> backups = database.migrations().backups();
            assertEquals(1, backups.size());
            assertEquals(Optional.of(backups.get(0)), failure.restoredFrom());
            assertTrue(backups.get(0).getFileName().toString().matches("app\\.db\\.\\d{8}-\\d{6}-\\d{3}\\.v1\\.backup"),
                    backups.get(0).toString());
            assertEquals(List.of("kept"), rows(backups.get(0), "SELECT title FROM notes"));

            Files.writeString(sql.resolve("V3__broken_insert.sql"), "INSERT INTO notes (title) VALUES ('from v3');\n");
            MigrationReport retry = database.migrations().migrate();

            assertEquals(List.of("2", "3"), retry.versions());
            assertEquals(List.of("kept", "from v2", "from v3"), rows(file, "SELECT title FROM notes ORDER BY id"));
            assertTrue(retry.backup().isPresent());

            database.migrations().restore(backups.get(0));

            assertEquals(List.of("kept"), rows(file, "SELECT title FROM notes ORDER BY id"));
            assertEquals(List.of("1|1"), rows(file, HISTORY));
            assertEquals(List.of("2", "3"), database.migrations().pending().stream().map(PendingMigration::version).toList());
        }
    }

    @Test
    void failingJavaMigrationRestoresTheRunNamesItAndARetryAfterTheFixSucceeds() throws Exception {
        Path file = folder.resolve("app.db");
        VersionedMigration create = step("1", "Create notes",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)",
                "INSERT INTO notes (title) VALUES ('kept')");
        try (Database database = Database.open(config(), List.of(), List.of(create))) {
            database.migrations().migrate();
        }
        AtomicBoolean broken = new AtomicBoolean(true);
        VersionedMigration third = new VersionedMigration("3", "Fill titles", c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute("INSERT INTO notes (title) VALUES ('from v3')");
            }
            if (broken.get()) {
                throw new IllegalStateException("the Java migration gave up");
            }
        });
        try (Database database = Database.open(config(), List.of(),
                List.of(create, step("2", "Add row", "INSERT INTO notes (title) VALUES ('from v2')"), third))) {
            MigrationException failure = assertThrows(MigrationException.class, () -> database.migrations().migrate());

            assertEquals(Optional.of("3"), failure.version());
            assertEquals(Optional.of("Fill titles"), failure.description());
            assertEquals("IllegalStateException: the Java migration gave up", failure.reason());
            assertEquals(List.of("kept"), rows(file, "SELECT title FROM notes ORDER BY id"));
            assertEquals(List.of("1|1"), rows(file, HISTORY));
            assertTrue(failure.restoredFrom().isPresent());
            assertTrue(Files.isRegularFile(failure.restoredFrom().get()));

            broken.set(false);
            assertEquals(List.of("2", "3"), database.migrations().migrate().versions());
            assertEquals(List.of("kept", "from v2", "from v3"), rows(file, "SELECT title FROM notes ORDER BY id"));
            assertEquals(List.of("1|1", "2|1", "3|1"), rows(file, HISTORY));
        }
    }

    @Test
    void whenTheFirstMigrationOfARunFailsItsTransactionAloneIsRolledBack() throws Exception {
        Path file = folder.resolve("app.db");
        VersionedMigration create = step("1", "Create notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
        try (Database database = Database.open(config(), List.of(), List.of(create))) {
            database.migrations().migrate();
        }
        try (Database database = Database.open(config(), List.of(), List.of(create, failingStep("2", "Insert and fail")))) {
            MigrationException failure = assertThrows(MigrationException.class, () -> database.migrations().migrate());
            assertEquals(Optional.of("2"), failure.version());
            assertEquals(Optional.empty(), failure.restoredFrom(), "nothing of the run was applied: nothing to restore");
            assertEquals(List.of(), rows(file, "SELECT title FROM notes"));
            assertEquals(List.of("1|1"), rows(file, HISTORY));
        }
    }

    @Test
    void aFailingMigrationAtOpenFailsOpenAndReleasesTheFile() throws Exception {
        Path file = folder.resolve("app.db");
        DatabaseConfig atOpen = config().toBuilder().migrateOnOpen(true).build();
        VersionedMigration create = step("1", "Create notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");

        MigrationException failure = assertThrows(MigrationException.class,
                () -> Database.open(atOpen, List.of(), List.of(create, failingStep("2", "Insert and fail"))));

        assertEquals(Optional.of("2"), failure.version());
        assertEquals(List.of(), rows(file, "SELECT name FROM sqlite_master WHERE name = 'notes'"),
                "V1 of the failed run was undone by the restore");
        try (Database database = Database.open(atOpen, List.of(), List.of(create,
                step("2", "Insert", "INSERT INTO notes (title) VALUES ('fixed')")))) {
            assertEquals(Optional.of("2"), database.migrations().lastRun().orElseThrow().toVersion());
        }
        assertEquals(List.of("fixed"), rows(file, "SELECT title FROM notes"));
    }

    @Test
    void withBackupsOffTheRunStillRestoresFromATemporaryBackupThatIsDeletedAfterwards() throws Exception {
        Path file = folder.resolve("app.db");
        DatabaseConfig noBackups = config().toBuilder().backupBeforeMigrate(false).build();
        VersionedMigration create = step("1", "Create notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)");
        try (Database database = Database.open(noBackups, List.of(), List.of(create))) {
            database.migrations().migrate();
        }
        try (Database database = Database.open(noBackups, List.of(), List.of(create,
                step("2", "Add row", "INSERT INTO notes (title) VALUES ('v2')"), failingStep("3", "Fail")))) {
            MigrationException failure = assertThrows(MigrationException.class, () -> database.migrations().migrate());
            assertTrue(failure.restoredFrom().isPresent());
            assertEquals(List.of(), rows(file, "SELECT title FROM notes"));
            assertEquals(List.of(), database.migrations().backups());
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".backup")).toList());
        }
    }
}

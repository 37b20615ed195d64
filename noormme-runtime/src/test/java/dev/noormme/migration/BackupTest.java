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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    @TempDir
    Path folder;

    private static List<VersionedMigration> firstSteps(int count) {
        List<VersionedMigration> steps = new ArrayList<>();
        steps.add(step("1", "Create notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT)"));
        for (int v = 2; v <= count; v++) {
            steps.add(step(Integer.toString(v), "Row " + v, "INSERT INTO notes (title) VALUES ('v" + v + "')"));
        }
        return steps;
    }

    @Test
    void productionKeepsABackupPerRunNamedWithTheVersionAndPrunesToBackupsToKeep() throws Exception {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db"))
                .migrationLocations()
                .backupsToKeep(2)
                .build();
        for (int count = 1; count <= 5; count++) {
            try (Database database = Database.open(config, List.of(), firstSteps(count))) {
                MigrationReport report = database.migrations().lastRun().orElseThrow();
                assertEquals(List.of(Integer.toString(count)), report.versions());
                assertEquals(count > 1, report.backup().isPresent(), "a fresh database has nothing to back up");
            }
        }
        try (Database database = Database.open(config, List.of(), firstSteps(5))) {
            List<Path> backups = database.migrations().backups();
            assertEquals(2, backups.size());
            assertTrue(backups.get(0).getFileName().toString().endsWith(".v3.backup"), backups.toString());
            assertTrue(backups.get(1).getFileName().toString().endsWith(".v4.backup"), backups.toString());
            assertEquals(List.of("v2", "v3", "v4"), rows(backups.get(1), "SELECT title FROM notes ORDER BY id"));
        }
        try (var files = Files.list(folder)) {
            assertEquals(2, files.filter(p -> p.toString().endsWith(".backup")).count());
        }
    }

    @Test
    void developmentKeepsNoBackup() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db")).migrationLocations().build();
        try (Database database = Database.open(config, List.of(), firstSteps(1))) {
            assertEquals(Optional.empty(), database.migrations().lastRun().orElseThrow().backup());
        }
        try (Database database = Database.open(config, List.of(), firstSteps(2))) {
            assertEquals(Optional.empty(), database.migrations().lastRun().orElseThrow().backup());
            assertEquals(List.of(), database.migrations().backups());
        }
    }

    @Test
    void restoreWhileOpenBringsBackTheBackupsExactContentForEveryConnection() throws Exception {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("app.db")).migrationLocations().build();
        Path backup = folder.resolve("before.db");
        try (Database database = Database.open(config, List.of(), firstSteps(2))) {
            database.backup(backup);
            database.inTransaction(() -> { }); // the writer stays usable
            Database.open(config, List.of(), firstSteps(3)).close();
            assertEquals(List.of("v2", "v3"), rows(folder.resolve("app.db"), "SELECT title FROM notes ORDER BY id"));

            database.migrations().restore(backup);

            assertEquals(List.of("v2"), rows(folder.resolve("app.db"), "SELECT title FROM notes ORDER BY id"));
            assertEquals(List.of("1", "2"), rows(folder.resolve("app.db"),
                    "SELECT version FROM flyway_schema_history ORDER BY installed_rank"));
            assertEquals(rows(backup, "SELECT type, name, sql FROM sqlite_master ORDER BY name"),
                    rows(folder.resolve("app.db"), "SELECT type, name, sql FROM sqlite_master ORDER BY name"));
        }
    }

    @Test
    void withBackupsOffTheRunStillRestoresFromATemporaryBackupThatIsDeletedAfterwards() throws Exception {
        Path file = folder.resolve("app.db");
        DatabaseConfig noBackups = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + file).migrateOnOpen(false).migrationLocations().backupBeforeMigrate(false).build();
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

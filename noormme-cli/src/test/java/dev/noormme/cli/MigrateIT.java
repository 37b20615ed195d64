package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noormme migrate} and {@code noormme validate} on the runtime's migrations. */
class MigrateIT {

    @TempDir
    Path folder;

    private Path sql;

    @BeforeEach
    void firstMigration() throws Exception {
        sql = Files.createDirectory(folder.resolve("sql"));
        Files.writeString(sql.resolve("V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
                + "INSERT INTO notes(body) VALUES ('first');\n");
    }

    @Test
    void migrateAppliesPendingMigrationsAfterABackup() throws Exception {
        Path file = folder.resolve("app.db");
        Cli.Run first = Cli.run(folder, "migrate", "app.db", "--create", "--locations", "filesystem:" + sql).succeeds();
        assertTrue(first.out().startsWith(file + ": Migrated from an empty schema to 1"), first.out());
        assertTrue(first.out().contains("V1 SQL  create notes"), first.out());
        Files.writeString(sql.resolve("V2__index_notes.sql"), "CREATE INDEX notes_body_idx ON notes(body);\n");

        Cli.Run second = Cli.run(folder, "migrate", "app.db", "--locations", "sql").succeeds();

        assertTrue(second.out().startsWith(file + ": Migrated from 1 to 2"), second.out());
        assertTrue(second.out().contains("V2 SQL  index notes"), second.out());
        List<Path> backups;
        try (var files = Files.list(folder)) {
            backups = files.filter(path -> path.getFileName().toString().endsWith(".v1.backup")).toList();
        }
        assertEquals(1, backups.size(), "a backup of version 1, kept next to the file");
        assertTrue(second.out().contains("(backup: " + backups.get(0) + ")"), second.out());
        assertEquals(1, SqliteFiles.longValue(backups.get(0), "SELECT count(*) FROM notes"));

        Cli.Run again = Cli.run(folder, "migrate", "app.db", "--locations", "sql").succeeds();
        assertTrue(again.out().startsWith(file + ": Schema is up to date at version 2"), again.out());
    }

    @Test
    void failedMigrationExitsOneAndLeavesTheDatabaseAsBefore() throws Exception {
        Path file = folder.resolve("app.db");
        Cli.run(folder, "migrate", "app.db", "--create", "--locations", "sql").succeeds();
        Files.writeString(sql.resolve("V2__add_tags.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
        Files.writeString(sql.resolve("V3__broken.sql"), "ALTER TABLE nowhere ADD COLUMN x TEXT;\n");

        Cli.Run run = Cli.run(folder, "migrate", "app.db", "--locations", "sql").exits(1).oneErrorLineNaming(file.toString());

        assertTrue(run.err().contains("V3"), run.err());
        assertTrue(run.err().contains("nowhere"), run.err());
        assertEquals(0, SqliteFiles.longValue(file, "SELECT count(*) FROM sqlite_schema WHERE name = 'tags'"),
                "V2 of the failed run was rolled back with it (restored from the backup)");
    }

    @Test
    void migrateWithoutCreateRefusesAMissingFile() throws Exception {
        Cli.run(folder, "migrate", "app.db", "--locations", "sql").exits(66).oneErrorLineNaming("app.db: no such file");
        assertFalse(Files.exists(folder.resolve("app.db")));
    }

    @Test
    void migrationsFolderThatDoesNotExistExits66() throws Exception {
        SqliteFiles.users(folder, "app.db");
        Cli.run(folder, "migrate", "app.db", "--locations", "sqll").exits(66).oneErrorLineNaming(folder.resolve("sqll").toString());
    }

    @Test
    void baselineAdoptsAnExistingDatabase() throws Exception {
        SqliteFiles.users(folder, "app.db");
        Files.writeString(sql.resolve("V2__create_tags.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");

        Cli.run(folder, "migrate", "app.db", "--locations", "sql").exits(1).oneErrorLineNaming("baselineOnMigrate");
        Cli.Run run = Cli.run(folder, "migrate", "app.db", "--locations", "sql", "--baseline", "1").succeeds();

        assertTrue(run.out().contains("to 2"), run.out());
        assertEquals(0, SqliteFiles.longValue(folder.resolve("app.db"), "SELECT count(*) FROM sqlite_schema WHERE name = 'notes'"),
                "V1 is the baseline: not run");
    }

    @Test
    void validateListsPendingAndExitsOneUntilMigrated() throws Exception {
        SqliteFiles.execute(folder.resolve("app.db"), "PRAGMA user_version = 0"); // an empty database file
        Path file = folder.resolve("app.db");

        Cli.Run pending = Cli.run(folder, "validate", "app.db", "--locations", "sql").exits(1);
        assertTrue(pending.out().startsWith("Migrations of " + file), pending.out());
        assertTrue(pending.out().contains("pending  V1      create notes"), pending.out());
        assertTrue(pending.out().strip().endsWith("Not valid: 1 pending"), pending.out());

        Cli.run(folder, "migrate", "app.db", "--locations", "sql").succeeds();
        Cli.Run valid = Cli.run(folder, "validate", "app.db", "--locations", "sql").succeeds();
        assertTrue(valid.out().contains("applied  V1      create notes"), valid.out());
        assertTrue(valid.out().strip().endsWith("Valid: 1 applied, none pending"), valid.out());
    }

    @Test
    void validateReportsAChangedChecksum() throws Exception {
        Cli.run(folder, "migrate", "app.db", "--create", "--locations", "sql").succeeds();
        Files.writeString(sql.resolve("V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, extra TEXT);\n");

        Cli.Run run = Cli.run(folder, "validate", "app.db", "--locations", "sql").exits(1);

        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("  problem: ") && line.contains("checksum")),
                run.out());
        assertTrue(run.out().strip().endsWith("problem"), run.out());
    }
}

package dev.noormme.migration;

import static dev.noormme.migration.Fixtures.config;
import static dev.noormme.migration.Fixtures.open;
import static dev.noormme.migration.Fixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a location run on SQLite: the flat layout, and the per-dialect one. */
class MigrationLocationsTest {

    @TempDir
    Path folder;

    @Test
    void perDialectLayoutRunsCommonAndSqliteFilesButNotPostgresqlOnes() throws Exception {
        try (Database database = open(config(folder, "classpath:migrations/vendored"))) {
            assertEquals(List.of("1", "2"), database.migrations().migrate().versions());
        }
        assertEquals(List.of("1|create notes", "2|sqlite only"),
                rows(folder.resolve("app.db"), "SELECT version, description FROM flyway_schema_history ORDER BY installed_rank"));
        assertEquals(List.of("notes", "only_on_sqlite"), rows(folder.resolve("app.db"),
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%' ORDER BY name"));
    }

    @Test
    void flatLayoutStillRunsEveryFileOfItsFolderAndItsSubfolders() throws Exception {
        Path sql = Files.createDirectories(folder.resolve("sql/more"));
        Files.writeString(folder.resolve("sql/V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");
        Files.writeString(sql.resolve("V2__create_tags.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
        try (Database database = open(config(folder, "filesystem:" + folder.resolve("sql")))) {
            assertEquals(List.of("1", "2"), database.migrations().migrate().versions());
        }
    }

    @Test
    void fileBesideDialectFoldersIsRefusedNamingWhereToMoveIt() {
        MigrationException refused = assertThrows(MigrationException.class,
                () -> open(config(folder, "classpath:migrations/stray")).close());

        assertTrue(refused.getMessage().contains("move V2__left_behind.sql into classpath:migrations/stray/common"),
                refused.getMessage());
    }

    @Test
    void fileBesideDialectFoldersOnTheFileSystemIsRefusedToo() throws Exception {
        Files.createDirectories(folder.resolve("sql/sqlite"));
        Files.writeString(folder.resolve("sql/V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");

        MigrationException refused = assertThrows(MigrationException.class,
                () -> open(config(folder, "filesystem:" + folder.resolve("sql"))).close());

        assertTrue(refused.getMessage().contains("move V1__create_notes.sql into"), refused.getMessage());
    }
}

package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noormme inspect}: tables, rows, indexes, storage and history, read without changing the file. */
class InspectIT {

    @TempDir
    Path folder;

    @Test
    void listsTablesRowsIndexesAndFreePages() throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");
        // Free pages: a table filled and dropped leaves its pages on the freelist (auto_vacuum is off).
        SqliteFiles.execute(file, "CREATE TABLE scratch (body TEXT)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                        + " INSERT INTO scratch SELECT printf('%0500d', i) FROM n",
                "DROP TABLE scratch");
        long freePages = SqliteFiles.longValue(file, "PRAGMA freelist_count");
        long pageSize = SqliteFiles.longValue(file, "PRAGMA page_size");
        assertTrue(freePages > 10, "the dropped table's pages are free");
        String before = SqliteFiles.sha256(file);

        Cli.Run run = Cli.run(folder, "inspect", "app.db").succeeds();

        assertTrue(run.out().startsWith("Database " + file + " (SQLite)"), run.out());
        assertTrue(run.out().contains(String.format("file %,d bytes, WAL 0 bytes, journal_mode delete", Files.size(file))),
                run.out());
        assertTrue(run.out().contains(String.format("%,d free (%,d bytes)", freePages, freePages * pageSize)), run.out());
        assertTrue(run.out().contains("Tables (1):\n  users  3 rows"), run.out());
        assertTrue(run.out().contains("users_name_idx ON users (name)\n"), run.out());
        assertTrue(run.out().contains("sqlite_autoindex_users_1 ON users (email) UNIQUE"), run.out());
        assertTrue(run.out().contains("Migration history: none (no flyway_schema_history table)"), run.out());
        assertEquals(before, SqliteFiles.sha256(file));
        assertEquals(List.of("app.db"), SqliteFiles.names(folder));
    }

    @Test
    void showsTheMigrationHistoryAndTheWal() throws Exception {
        Files.createDirectory(folder.resolve("sql"));
        Files.writeString(folder.resolve("sql/V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n");
        Files.writeString(folder.resolve("sql/V2__seed_notes.sql"), "INSERT INTO notes(body) VALUES ('a'), ('b');\n");
        Cli.run(folder, "migrate", "app.db", "--create", "--locations", "sql").succeeds();

        Cli.Run run = Cli.run(folder, "inspect", "app.db").succeeds();

        assertTrue(run.out().contains("journal_mode wal, auto_vacuum incremental"), run.out());
        assertTrue(run.out().contains("notes                  2 rows"), run.out());
        assertTrue(run.out().contains("Migration history (flyway_schema_history, 2):"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("V1") && line.contains("create notes")
                && line.contains("SQL") && line.endsWith("success")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("V2") && line.contains("seed notes")), run.out());
    }

    @Test
    void jsonHasTheSameFigures() throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");

        Cli.Run run = Cli.run(folder, "inspect", "--json", "app.db").succeeds();

        String json = run.out().strip();
        String path = file.toString().replace("\\", "\\\\");
        assertTrue(json.startsWith("{\"database\":\"" + path + "\",\"dialect\":\"SQLITE\",\"databaseBytes\":"
                + Files.size(file) + ",\"walBytes\":0,\"journalMode\":\"delete\""), json);
        assertTrue(json.contains("\"tables\":[{\"name\":\"users\",\"rows\":3,\"estimated\":false}]"), json);
        assertTrue(json.contains("{\"name\":\"users_name_idx\",\"table\":\"users\",\"columns\":\"name\",\"unique\":false}"),
                json);
        assertTrue(json.endsWith("\"history\":null}"), json);
    }
}

package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noormme health}: the report, its JSON, its exit codes, and a database left as it was. */
class HealthIT {

    @TempDir
    Path folder;

    @Test
    void healthyFileIsUpExitsZeroAndIsNotChanged() throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");
        String before = SqliteFiles.sha256(file);

        Cli.Run run = Cli.run(folder, "health", "app.db").succeeds();

        assertTrue(run.out().startsWith("Health of " + file + ": UP"), run.out());
        assertTrue(run.out().contains("integrity"), run.out());
        assertTrue(run.out().contains("PRAGMA quick_check: ok"), run.out());
        assertEquals(before, SqliteFiles.sha256(file), "not one byte changed (journal mode kept, nothing created)");
        assertEquals(List.of("app.db"), SqliteFiles.names(folder), "no -wal, -shm or backup left behind");
    }

    @Test
    void walFileKeepsItsModeAndLeavesNoWalBehind() throws Exception {
        Path file = folder.resolve("wal.db");
        SqliteFiles.execute(file, "PRAGMA journal_mode=WAL", "CREATE TABLE t (x INTEGER)", "INSERT INTO t VALUES (1)");
        String before = SqliteFiles.sha256(file);

        Cli.run(folder, "health", file.toString()).succeeds();

        assertEquals(before, SqliteFiles.sha256(file));
        assertEquals(List.of("wal.db"), SqliteFiles.names(folder));
    }

    @Test
    void jsonIsTheRuntimesReport() throws Exception {
        SqliteFiles.users(folder, "app.db");

        Cli.Run run = Cli.run(folder, "health", "--json", "jdbc:sqlite:app.db").succeeds();

        String json = run.out().strip();
        assertTrue(json.startsWith("{\"status\":\"UP\",\"healthy\":true,\"checks\":[{\"name\":\"connectivity\""), json);
        assertTrue(json.endsWith("\"recommendations\":[]}"), json);
        assertEquals(1, run.out().lines().count(), "one line of JSON");
    }

    @Test
    void pendingMigrationsAreDegradedAndExitOne() throws Exception {
        SqliteFiles.users(folder, "app.db");
        Files.createDirectory(folder.resolve("sql"));
        Files.writeString(folder.resolve("sql/V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");

        Cli.Run run = Cli.run(folder, "health", "app.db", "--locations", "sql").exits(1);

        assertTrue(run.out().startsWith("Health of " + folder.resolve("app.db") + ": DEGRADED"), run.out());
        assertTrue(run.out().contains("1 pending: V1 create notes"), run.out());
        assertTrue(run.out().contains("Recommendations:"), run.out());
    }

    @Test
    void damagedFileIsDownAndExitsTwo() throws Exception {
        Path file = folder.resolve("damaged.db");
        SqliteFiles.execute(file, "CREATE TABLE big (id INTEGER PRIMARY KEY, body TEXT)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                        + " INSERT INTO big(body) SELECT printf('%0200d', i) FROM n");
        long pageSize = SqliteFiles.longValue(file, "PRAGMA page_size");
        try (RandomAccessFile pages = new RandomAccessFile(file.toFile(), "rw")) {
            pages.seek(pageSize * 3); // the fourth page: inside the table's b-tree, past the schema on page 1
            pages.write(new byte[(int) pageSize * 4]);
        }

        Cli.Run run = Cli.run(folder, "health", "damaged.db").exits(2);

        assertTrue(run.out().startsWith("Health of " + file + ": DOWN"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.contains("integrity") && line.contains("DOWN")), run.out());
    }
}

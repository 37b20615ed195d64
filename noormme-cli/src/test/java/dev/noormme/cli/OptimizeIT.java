package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noormme optimize}: the optimizer's steps, chosen by flags, each report printed. */
class OptimizeIT {

    @TempDir
    Path folder;

    /** A NOORMME-made file (auto_vacuum=INCREMENTAL, WAL) with free pages. */
    private Path fileWithFreePages() throws Exception {
        Files.createDirectory(folder.resolve("sql"));
        Files.writeString(folder.resolve("sql/V1__scratch.sql"), "CREATE TABLE scratch (body TEXT);\n"
                + "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
                + " INSERT INTO scratch SELECT printf('%0500d', i) FROM n;\n");
        Cli.run(folder, "migrate", "app.db", "--create", "--locations", "sql").succeeds();
        Path file = folder.resolve("app.db");
        SqliteFiles.execute(file, "DELETE FROM scratch");
        return file;
    }

    @Test
    void noFlagRunsVacuumAnalyzeAndCheckpoint() throws Exception {
        Path file = fileWithFreePages();
        long freeBefore = SqliteFiles.longValue(file, "PRAGMA freelist_count");
        assertTrue(freeBefore > 10);

        Cli.Run run = Cli.run(folder, "optimize", "app.db").succeeds();

        assertTrue(run.out().startsWith("Optimized " + file), run.out());
        assertTrue(run.out().contains("Optimizer run (vacuum())"), run.out());
        assertTrue(run.out().contains("Optimizer run (analyze())"), run.out());
        assertTrue(run.out().contains("Optimizer run (checkpoint())"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.strip().startsWith("vacuum") && line.contains("DONE")), run.out());
        assertEquals(0, SqliteFiles.longValue(file, "PRAGMA freelist_count"), "the free pages went back");
    }

    @Test
    void flagsChooseTheSteps() throws Exception {
        fileWithFreePages();

        Cli.Run run = Cli.run(folder, "optimize", "--analyze", "app.db").succeeds();

        assertTrue(run.out().contains("Optimizer run (analyze())"), run.out());
        assertFalse(run.out().contains("vacuum()"), run.out());
        assertFalse(run.out().contains("checkpoint()"), run.out());
    }

    @Test
    void jsonListsEachReportAndStep() throws Exception {
        fileWithFreePages();

        Cli.Run run = Cli.run(folder, "optimize", "--vacuum", "--checkpoint", "--json", "app.db").succeeds();

        String json = run.out().strip();
        assertTrue(json.startsWith("{\"database\":\"" + folder.resolve("app.db") + "\",\"reports\":[{\"trigger\":\"vacuum()\""),
                json);
        assertTrue(json.contains("\"steps\":[{\"task\":\"vacuum\",\"outcome\":\"DONE\""), json);
        assertTrue(json.contains("{\"trigger\":\"checkpoint()\""), json);
        assertTrue(json.contains("\"failed\":false"), json);
    }
}

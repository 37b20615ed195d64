package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noormme backup} and {@code noormme restore}: the runtime's online backup, both ways. */
class BackupRestoreIT {

    @TempDir
    Path folder;

    @Test
    void backupWritesACopyAndLeavesTheDatabaseAlone() throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");
        String before = SqliteFiles.sha256(file);

        Cli.Run run = Cli.run(folder, "backup", "app.db", "copy.db").succeeds();

        Path copy = folder.resolve("copy.db");
        assertTrue(run.out().startsWith("Backed up " + file + " to " + copy + " (" + String.format("%,d", Files.size(copy))
                + " bytes) in "), run.out());
        assertEquals(3, SqliteFiles.longValue(copy, "SELECT count(*) FROM users"));
        assertEquals("ok", quickCheck(copy));
        assertEquals(before, SqliteFiles.sha256(file));
    }

    @Test
    void backupRefusesToReplaceAFileUnlessForced() throws Exception {
        SqliteFiles.users(folder, "app.db");
        Path copy = folder.resolve("copy.db");
        Files.writeString(copy, "precious");

        Cli.run(folder, "backup", "app.db", "copy.db").exits(73).oneErrorLineNaming(copy + ": exists");
        assertEquals("precious", Files.readString(copy));

        Cli.run(folder, "backup", "app.db", "copy.db", "--force").succeeds();
        assertEquals(3, SqliteFiles.longValue(copy, "SELECT count(*) FROM users"));
    }

    @Test
    void backupIntoAMissingFolderExits73() throws Exception {
        SqliteFiles.users(folder, "app.db");
        Cli.run(folder, "backup", "app.db", "nowhere/copy.db").exits(73).oneErrorLineNaming(folder.resolve("nowhere").toString());
    }

    @Test
    void restoreBringsBackTheBackupsContent() throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");
        Cli.run(folder, "backup", "app.db", "copy.db").succeeds();
        SqliteFiles.execute(file, "DELETE FROM users WHERE name <> 'Ada'", "CREATE TABLE later (x INTEGER)");

        Cli.Run run = Cli.run(folder, "restore", "app.db", "copy.db").succeeds();

        assertTrue(run.out().startsWith("Restored " + file + " from " + folder.resolve("copy.db")), run.out());
        assertEquals(3, SqliteFiles.longValue(file, "SELECT count(*) FROM users"));
        assertEquals(0, SqliteFiles.longValue(file, "SELECT count(*) FROM sqlite_schema WHERE name = 'later'"));
    }

    @Test
    void restoreOfAWalFormatBackupLeavesNoWalFilesBehind() throws Exception {
        Files.createDirectory(folder.resolve("sql"));
        Files.writeString(folder.resolve("sql/V1__notes.sql"), "CREATE TABLE notes (body TEXT);\n"
                + "INSERT INTO notes VALUES ('kept');\n");
        Cli.run(folder, "migrate", "app.db", "--create", "--locations", "sql").succeeds();
        Cli.run(folder, "backup", "app.db", "copy.db").succeeds();
        SqliteFiles.execute(folder.resolve("app.db"), "DELETE FROM notes");

        Cli.run(folder, "restore", "app.db", "copy.db").succeeds();

        assertEquals(1, SqliteFiles.longValue(folder.resolve("app.db"), "SELECT count(*) FROM notes"));
        assertEquals(List.of("app.db", "copy.db", "sql"), SqliteFiles.names(folder));
    }

    @Test
    void restoreFromAMissingOrForeignFileChangesNothing() throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");
        String before = SqliteFiles.sha256(file);
        Files.writeString(folder.resolve("notes.txt"), "not a backup at all, just some words on a line\n".repeat(5));

        Cli.run(folder, "restore", "app.db", "none.db").exits(66).oneErrorLineNaming(folder.resolve("none.db") + ": no such file");
        Cli.run(folder, "restore", "app.db", "notes.txt").exits(65)
                .oneErrorLineNaming(folder.resolve("notes.txt") + ": not a SQLite database");
        assertEquals(before, SqliteFiles.sha256(file));
    }

    private static String quickCheck(Path file) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement();
                var row = statement.executeQuery("PRAGMA quick_check")) {
            row.next();
            return row.getString(1);
        }
    }
}

package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command given a database it cannot use: one line on stderr naming the path and the
 * problem, the documented exit code, and nothing created.
 */
class BadInputIT {

    @TempDir
    Path folder;

    @BeforeEach
    void migrationsAndABackup() throws Exception {
        Files.createDirectory(folder.resolve("sql"));
        Files.writeString(folder.resolve("sql/V1__create_notes.sql"), "CREATE TABLE notes (id INTEGER PRIMARY KEY);\n");
        SqliteFiles.users(folder, "backup.db");
    }

    /** The command line of {@code command} on {@code database}. */
    private static String[] args(String command, String database, String... more) {
        List<String> args = new ArrayList<>(List.of(command, database));
        switch (command) {
            case "migrate", "validate" -> args.addAll(List.of("--locations", "sql"));
            case "backup" -> args.add("copy.db");
            case "restore" -> args.add("backup.db");
            default -> { }
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"health", "inspect", "optimize", "migrate", "validate", "backup", "restore"})
    void missingFileExits66AndIsNotCreated(String command) throws Exception {
        Cli.run(folder, args(command, "missing.db")).exits(66).oneErrorLineNaming(folder.resolve("missing.db") + ": no such file");
        assertFalse(Files.exists(folder.resolve("missing.db")), "no file created");
        assertFalse(Files.exists(folder.resolve("copy.db")), "no backup written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"health", "inspect", "optimize", "migrate", "validate", "backup", "restore"})
    void directoryExits66(String command) throws Exception {
        Files.createDirectory(folder.resolve("data"));
        Cli.run(folder, args(command, "data")).exits(66).oneErrorLineNaming(folder.resolve("data") + ": is a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"health", "inspect", "optimize", "migrate", "validate", "backup", "restore"})
    void textFileExits65AndIsLeftAlone(String command) throws Exception {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "these are not the pages you are looking for\n".repeat(10));
        String before = SqliteFiles.sha256(text);
        Cli.run(folder, args(command, "notes.txt")).exits(65).oneErrorLineNaming(text + ": not a SQLite database");
        assertEquals(before, SqliteFiles.sha256(text));
        assertEquals(List.of("backup.db", "notes.txt", "sql"), SqliteFiles.names(folder));
    }

    @ParameterizedTest
    @ValueSource(strings = {"health", "inspect", "optimize", "migrate", "validate", "backup", "restore"})
    void fileLockedByAnotherConnectionExits69(String command) throws Exception {
        Path file = SqliteFiles.users(folder, "app.db");
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = holder.createStatement()) {
            statement.execute("PRAGMA locking_mode=EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");
            statement.execute("INSERT INTO users(email, name) VALUES ('held@example.com', 'Held')");
            Cli.run(folder, args(command, "app.db", "--busy-timeout", "100ms")).exits(69)
                    .oneErrorLineNaming(file + ": locked by another connection");
            statement.execute("ROLLBACK");
        }
        assertEquals(3, SqliteFiles.longValue(file, "SELECT count(*) FROM users"));
    }
}

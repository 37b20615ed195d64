package dev.noormme.cli;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.JournalMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The database a command works on, from its {@code <db>} argument: a path to a SQLite file, or a
 * {@code jdbc:sqlite:} or {@code jdbc:postgresql:} url. Immutable.
 *
 * @param url the JDBC url the runtime opens
 * @param file the SQLite file, absolute; null on PostgreSQL
 * @param dialect which database the url names
 */
record Target(String url, Path file, Dialect dialect) {

    // SQLite's header: the 16-byte magic string, and byte 18, the file format: 2 is WAL, 1 legacy.
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int WAL_FORMAT = 2;

    /** Reads the argument; does not touch the file. */
    static Target of(String argument) {
        if (!argument.startsWith("jdbc:")) {
            Path file = path(argument, argument);
            return new Target(DatabaseConfig.URL_PREFIX + file, file, Dialect.SQLITE);
        }
        Dialect dialect;
        try {
            dialect = Dialect.of(argument);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, argument + ": not a database this tool opens; give a SQLite file, "
                    + "a jdbc:sqlite: url or a jdbc:postgresql: url");
        }
        if (dialect == Dialect.POSTGRESQL) {
            return new Target(argument, null, dialect);
        }
        String address = argument.substring(DatabaseConfig.URL_PREFIX.length());
        if (address.startsWith("file:")) {
            address = address.substring("file:".length());
        }
        int query = address.indexOf('?');
        String path = query >= 0 ? address.substring(0, query) : address;
        if (path.isEmpty() || path.startsWith(":memory:") || (query >= 0 && address.substring(query).contains("mode=memory"))) {
            throw new CliFailure(ExitCode.USAGE, argument + ": an in-memory database is gone when this command ends;"
                    + " give a file");
        }
        Path file = path(path, argument);
        // The query part (SQLite's open options) is kept; only the file is made absolute.
        return new Target(DatabaseConfig.URL_PREFIX + file + (query >= 0 ? address.substring(query) : ""), file, dialect);
    }

    private static Path path(String text, String argument) {
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new CliFailure(ExitCode.USAGE, argument + ": not a valid path (" + e.getReason() + ")");
        }
    }

    /** How messages name the database: its file, or its url without a password. */
    String describe() {
        return file != null ? file.toString() : redact(url);
    }

    /** {@code text} with the value of every {@code password=} of a url masked, for anything printed. */
    static String redact(String text) {
        return text.replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }

    /**
     * Checks, without opening it, that the SQLite file exists and is a database, so that no
     * command creates a file by opening a wrong path; nothing to check on PostgreSQL.
     *
     * @return the journal mode to open it with: the file's own (WAL or not), so that opening it
     *         never switches it (a journal mode is written into the file)
     */
    JournalMode requireDatabase() {
        if (file != null && !Files.exists(file)) {
            throw new CliFailure(ExitCode.NO_INPUT, describe() + ": no such file (none was created)");
        }
        return file == null ? JournalMode.WAL : requireSqliteFile(file, describe());
    }

    /** As {@link #requireDatabase()}, for any file that must be a SQLite database (a backup to restore). */
    static JournalMode requireSqliteFile(Path file, String name) {
        if (!Files.exists(file)) {
            throw new CliFailure(ExitCode.NO_INPUT, name + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CliFailure(ExitCode.NO_INPUT, name + ": is a directory, not a SQLite database file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCode.NO_INPUT, name + ": not a regular file");
        }
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.NO_INPUT, name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (read == 0) {
            return JournalMode.DELETE; // SQLite reads an empty file as an empty database
        }
        if (read < header.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CliFailure(ExitCode.NOT_A_DATABASE, name + ": not a SQLite database (its header is not SQLite's)");
        }
        return header[18] == WAL_FORMAT ? JournalMode.WAL : JournalMode.DELETE;
    }
}

package dev.noormme.connection;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's online backup through sqlite-jdbc, written beside the target and then moved into
 * place; and the same API in reverse, to restore a database from a backup file.
 */
final class Backup {

    private static final int SQLITE_OK = 0;

    private Backup() {
    }

    static void copy(Handle source, Path target) throws SQLException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path partial = null;
        try {
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, absolute.getFileName().toString(), ".partial");
            SQLiteConnection connection = source.connection().unwrap(SQLiteConnection.class);
            int result = connection.getDatabase().backup("main", partial.toString(), null);
            if (result != SQLITE_OK) {
                throw new SQLException("SQLite backup to " + absolute + " ended with result code " + result, null, result);
            }
            move(partial, absolute);
            partial = null;
        } catch (IOException e) {
            throw new SQLException("Cannot write the backup " + absolute + ": " + e, e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // The partial file is in the target's folder, named as such; nothing more to do.
                }
            }
        }
    }

    /**
     * Replaces the content of {@code target}'s main database with the backup file's, page by
     * page through SQLite's backup API (sqlite-jdbc's {@code restore}), in one write
     * transaction: other connections see the old content or the new, never a mix.
     */
    static void restore(Handle target, Path backup) throws SQLException {
        Path absolute = backup.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new SQLException("Cannot restore from " + absolute + ": no such file");
        }
        SQLiteConnection connection = target.connection().unwrap(SQLiteConnection.class);
        int result = connection.getDatabase().restore("main", absolute.toString(), null);
        if (result != SQLITE_OK) {
            throw new SQLException("SQLite restore from " + absolute + " ended with result code " + result, null, result);
        }
    }

    // Readers of the target see either the old file or the whole new one, never a half-written copy.
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package dev.noormme.health.internal;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the health checks read about the database's storage, the SQLite way: {@code PRAGMA
 * page_size}, {@code page_count}, {@code freelist_count}, the size of the {@code -wal} file and
 * {@code PRAGMA quick_check}. The monitor's one SQLite-specific piece for storage, beside
 * {@link SqlitePlans}: a PostgreSQL monitor reads {@code pg_stat} views here instead. Stateless.
 */
final class SqliteStorage {

    /** The pages of the file and its write-ahead log. */
    record Figures(long pageSize, long pageCount, long freePages, long walBytes) {

        long fileBytes() {
            return pageSize * pageCount;
        }

        long freeBytes() {
            return pageSize * freePages;
        }

        /** Free pages per page; 0 for an empty file. */
        double freeRatio() {
            return pageCount == 0 ? 0 : (double) freePages / pageCount;
        }
    }

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteStorage() {
    }

    /** The figures as a reader sees them now; an in-memory database has no WAL (0 bytes). */
    static Figures figures(ConnectionManager connections) throws SQLException {
        long[] pages = connections.read((handle, unused) -> new long[] {
            handle.queryLong("PRAGMA page_size"),
            handle.queryLong("PRAGMA page_count"),
            handle.queryLong("PRAGMA freelist_count")}, null);
        return new Figures(pages[0], pages[1], pages[2], walBytes(connections.url()));
    }

    /** The {@code -wal} file's size: SQLite reuses it after a checkpoint, so it only shrinks when truncated. */
    static long walBytes(String url) {
        Path file = ConnectionManager.fileOf(url);
        if (file == null) {
            return 0;
        }
        try {
            return Files.size(Path.of(file + "-wal"));
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file + "-wal", e);
        }
    }

    /**
     * What is wrong with the file's first 16 bytes, or null when they are SQLite's header (or the
     * database is in memory). A file replaced under an open database can still pass
     * {@code quick_check}, which reads the pages a connection has cached; the header is read from
     * the file itself.
     */
    static String headerProblem(String url) {
        Path file = ConnectionManager.fileOf(url);
        if (file == null) {
            return null;
        }
        byte[] header = new byte[HEADER.length];
        int read;
        try (var in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            return file + " cannot be read: " + e;
        }
        return read == HEADER.length && Arrays.equals(header, HEADER) ? null
                : file + " is not a SQLite database: its first bytes are not SQLite's header";
    }

    /** {@code PRAGMA quick_check}'s lines: {@code ["ok"]} when the file is sound, else up to {@code limit} problems. */
    static List<String> quickCheck(ConnectionManager connections, int limit) throws SQLException {
        return connections.read(SqliteStorage::quickCheck, limit);
    }

    private static List<String> quickCheck(Handle handle, Integer limit) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet row = handle.prepare("PRAGMA quick_check(" + limit + ")").executeQuery()) {
            while (row.next()) {
                problems.add(row.getString(1));
            }
        }
        return problems;
    }

    /** True when quick_check found nothing wrong. */
    static boolean sound(List<String> problems) {
        return problems.size() == 1 && problems.get(0).equals("ok");
    }
}

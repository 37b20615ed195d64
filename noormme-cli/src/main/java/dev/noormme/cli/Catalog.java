package dev.noormme.cli;

import dev.noormme.config.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code inspect} reports about a database, read on a read-only connection: its tables and
 * their rows, its indexes, its storage and its migration history. Immutable.
 *
 * @param tables the tables, by name
 * @param indexes the indexes, by table and name
 * @param storage SQLite's file figures; null on PostgreSQL, which manages its own pages and WAL
 * @param databaseBytes the whole database's size: the file on SQLite, {@code pg_database_size} on PostgreSQL
 * @param history Flyway's history, oldest first; null when the database never migrated
 */
record Catalog(List<Table> tables, List<Index> indexes, Storage storage, long databaseBytes, List<History.Row> history) {

    /**
     * A table and its rows.
     *
     * @param estimated true where the count is the server's estimate (PostgreSQL's {@code n_live_tup}),
     *        not a {@code count(*)}
     */
    record Table(String name, long rows, boolean estimated) {
    }

    /** An index: its table, its columns (or its definition), and whether it is unique. */
    record Index(String name, String table, String columns, boolean unique) {
    }

    /**
     * SQLite's storage figures.
     *
     * @param freeBytes {@code freelist_count × page_size}: what a vacuum would give back
     */
    record Storage(String journalMode, long pageSize, long pageCount, long freePages, long freeBytes, long walBytes,
            String autoVacuum) {
    }

    private static final String SQLITE_TABLES = "SELECT name FROM sqlite_schema WHERE type = 'table'"
            + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
    private static final String SQLITE_INDEXES = "SELECT i.name, t.name, i.\"unique\","
            + " (SELECT group_concat(coalesce(c.name, '<expression>'), ', ') FROM pragma_index_info(i.name) c)"
            + " FROM sqlite_schema t, pragma_index_list(t.name) i WHERE t.type = 'table' ORDER BY t.name, i.name";
    private static final String POSTGRESQL_TABLES = "SELECT relname, n_live_tup FROM pg_stat_user_tables"
            + " WHERE schemaname = current_schema() ORDER BY relname";
    private static final String POSTGRESQL_INDEXES = "SELECT i.indexname, i.tablename, i.indexdef,"
            + " x.indisunique FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = i.schemaname"
            + " JOIN pg_index x ON x.indexrelid = c.oid WHERE i.schemaname = current_schema()"
            + " ORDER BY i.tablename, i.indexname";

    /** Reads the catalog of {@code target} on {@code connection}. */
    static Catalog read(Connection connection, Target target) throws SQLException {
        return target.dialect() == Dialect.SQLITE ? sqlite(connection, target.file())
                : new Catalog(rows(connection, POSTGRESQL_TABLES, true), indexes(connection, POSTGRESQL_INDEXES, true),
                        null, longValue(connection, "SELECT pg_database_size(current_database())"),
                        History.read(connection, Dialect.POSTGRESQL));
    }

    private static Catalog sqlite(Connection connection, Path file) throws SQLException {
        List<Table> tables = new ArrayList<>();
        for (String name : names(connection)) {
            // The name comes from sqlite_schema, quoted as an identifier; nothing typed by a user.
            tables.add(new Table(name, longValue(connection, "SELECT count(*) FROM \"" + name.replace("\"", "\"\"") + "\""),
                    false));
        }
        long pageSize = longValue(connection, "PRAGMA page_size");
        long freePages = longValue(connection, "PRAGMA freelist_count");
        Storage storage = new Storage(text(connection, "PRAGMA journal_mode"), pageSize,
                longValue(connection, "PRAGMA page_count"), freePages, freePages * pageSize,
                size(Path.of(file + "-wal")), autoVacuum(longValue(connection, "PRAGMA auto_vacuum")));
        return new Catalog(tables, indexes(connection, SQLITE_INDEXES, false), storage, size(file),
                History.read(connection, Dialect.SQLITE));
    }

    private static List<String> names(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(SQLITE_TABLES)) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        }
        return names;
    }

    private static List<Table> rows(Connection connection, String sql, boolean estimated) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                tables.add(new Table(row.getString(1), row.getLong(2), estimated));
            }
        }
        return tables;
    }

    private static List<Index> indexes(Connection connection, String sql, boolean postgres) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                indexes.add(postgres
                        ? new Index(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4))
                        : new Index(row.getString(1), row.getString(2), row.getString(4), row.getBoolean(3)));
            }
        }
        return indexes;
    }

    private static long longValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    private static String autoVacuum(long mode) {
        return switch ((int) mode) {
            case 1 -> "full";
            case 2 -> "incremental";
            default -> "none";
        };
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new CliFailure(ExitCode.NO_INPUT, file + ": cannot read its size (" + e.getMessage() + ")", e);
        }
    }
}

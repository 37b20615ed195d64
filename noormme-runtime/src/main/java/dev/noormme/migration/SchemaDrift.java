package dev.noormme.migration;

import dev.noormme.connection.DecimalCollation;
import dev.noormme.internal.EntityMapping;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Compares the schema the entities declare with a real database. The declared schema is not
 * described twice: each mapping's own CREATE statements run in a private in-memory database,
 * and SQLite's {@code pragma_table_info}, {@code pragma_index_list} and {@code pragma_index_info}
 * of both are compared: every declared table, column, type affinity, nullability, primary key
 * and index. Tables, columns and indexes the entities do not declare are not problems. Stateless.
 */
final class SchemaDrift {

    /** Runs a parameterized query (one {@code ?}: a table or index name) and returns its rows. */
    interface Rows {
        List<List<Object>> query(String sql, String name) throws SQLException;
    }

    private static final String COLUMNS = "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid";
    private static final String INDEXES = "SELECT name, \"unique\", origin FROM pragma_index_list(?)";
    private static final String INDEX_COLUMNS = "SELECT name FROM pragma_index_info(?) ORDER BY seqno";

    private record Column(String name, String type, boolean notNull, int pk) {
    }

    private record IndexShape(List<String> columns, boolean unique) {
        String describe() {
            return (unique ? "UNIQUE index on (" : "index on (") + String.join(", ", columns) + ")";
        }
    }

    private SchemaDrift() {
    }

    /** Every difference, one sentence each naming the table and column; empty when none. */
    static List<String> check(List<? extends EntityMapping<?, ?>> entities, Rows actual) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (entities.isEmpty()) {
            return problems;
        }
        try (Connection memory = JDBC.createConnection("jdbc:sqlite::memory:", new Properties())) {
            DecimalCollation.register(memory);
            for (EntityMapping<?, ?> mapping : entities) {
                for (String statement : mapping.schema()) {
                    try (Statement create = memory.createStatement()) {
                        create.execute(statement);
                    }
                }
            }
            Rows expected = (sql, name) -> rows(memory, sql, name);
            for (EntityMapping<?, ?> mapping : entities) {
                compare(mapping.table(), expected, actual, problems);
            }
        }
        return problems;
    }

    private static void compare(String table, Rows expected, Rows actual, List<String> problems) throws SQLException {
        Map<String, Column> want = columns(expected, table);
        Map<String, Column> have = columns(actual, table);
        if (have.isEmpty()) {
            problems.add("Table " + table + " is missing: the entity declares columns " + names(want) + ".");
            return;
        }
        for (Column column : want.values()) {
            Column found = have.get(key(column.name()));
            String where = "Table " + table + ", column " + column.name() + ": ";
            if (found == null) {
                problems.add(where + "missing; the entity declares " + describe(column) + ".");
                continue;
            }
            String wantAffinity = affinity(column.type());
            String haveAffinity = affinity(found.type());
            if (!wantAffinity.equals(haveAffinity)) {
                problems.add(where + "type affinity is " + haveAffinity + " (declared '" + found.type()
                        + "'), but the entity needs " + wantAffinity + " ('" + column.type() + "').");
            }
            if ((column.pk() > 0) != (found.pk() > 0)) {
                problems.add(where + (column.pk() > 0 ? "is not the primary key, but the entity's @Id maps to it."
                        : "is part of the primary key, but the entity's @Id is another column."));
            }
            // An INTEGER PRIMARY KEY is the rowid: never NULL, whatever table_info says.
            boolean rowid = column.pk() > 0 && found.pk() > 0 && "INTEGER".equals(wantAffinity);
            if (!rowid && column.notNull() != found.notNull()) {
                problems.add(where + (column.notNull() ? "nullable in the database, but the entity declares it NOT NULL."
                        : "NOT NULL in the database, but the entity declares it nullable."));
            }
        }
        List<IndexShape> haveIndexes = indexes(actual, table);
        for (IndexShape index : indexes(expected, table)) {
            if (haveIndexes.contains(index)) {
                continue;
            }
            IndexShape other = new IndexShape(index.columns(), !index.unique());
            String where = "Table " + table + ", column" + (index.columns().size() == 1 ? " " : "s ")
                    + String.join(", ", index.columns()) + ": ";
            problems.add(where + (haveIndexes.contains(other)
                    ? "the database has " + other.describe() + ", but the entity declares a " + index.describe() + "."
                    : "index missing; the entity declares a " + index.describe() + "."));
        }
    }

    private static Map<String, Column> columns(Rows rows, String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (List<Object> row : rows.query(COLUMNS, table)) {
            String name = (String) row.get(0);
            columns.put(key(name), new Column(name, row.get(1) == null ? "" : (String) row.get(1),
                    ((Number) row.get(2)).intValue() != 0, ((Number) row.get(3)).intValue()));
        }
        return columns;
    }

    // The primary key's own index is compared through table_info's pk column, not here.
    private static List<IndexShape> indexes(Rows rows, String table) throws SQLException {
        List<IndexShape> indexes = new ArrayList<>();
        for (List<Object> row : rows.query(INDEXES, table)) {
            if ("pk".equals(row.get(2))) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (List<Object> column : rows.query(INDEX_COLUMNS, (String) row.get(0))) {
                columns.add(column.get(0) == null ? "<expression>" : key((String) column.get(0)));
            }
            indexes.add(new IndexShape(columns, ((Number) row.get(1)).intValue() != 0));
        }
        return indexes;
    }

    /** SQLite's rules for the affinity of a declared type (section 3.1 of "Datatypes In SQLite"). */
    static String affinity(String declared) {
        String type = declared.toUpperCase(Locale.ROOT);
        if (type.contains("INT")) {
            return "INTEGER";
        }
        if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
            return "TEXT";
        }
        if (type.contains("BLOB") || type.isEmpty()) {
            return "BLOB";
        }
        if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }

    private static String describe(Column column) {
        return (column.type().isEmpty() ? "untyped" : column.type()) + (column.notNull() ? " NOT NULL" : "")
                + (column.pk() > 0 ? " PRIMARY KEY" : "");
    }

    private static String names(Map<String, Column> columns) {
        return String.join(", ", columns.values().stream().map(Column::name).toList());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@link Rows} on a plain JDBC connection; every statement and result closed. */
    static List<List<Object>> rows(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            return read(statement);
        }
    }

    /** Reads every row of a bound statement, closing its result set. */
    static List<List<Object>> read(PreparedStatement statement) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            int width = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<Object> values = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    values.add(row.getObject(i));
                }
                rows.add(values);
            }
        }
        return rows;
    }
}

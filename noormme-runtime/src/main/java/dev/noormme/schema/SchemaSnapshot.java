package dev.noormme.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of one database as SQLite reports them ({@link PostgresSchema} reads PostgreSQL's into
 * the same shape): each table's columns
 * ({@code pragma_table_info}) and indexes ({@code pragma_index_list}, {@code pragma_index_info}),
 * read with two queries for the whole schema rather than three per table. Names are keyed in
 * lower case, as SQLite compares identifiers. Immutable.
 */
record SchemaSnapshot(Map<String, Table> tables) {

    // A column's collation is written in its table's DDL, so a table whose DDL never says COLLATE needs no probe.
    private static final String COLUMNS = "SELECT m.name, p.name, p.type, p.`notnull`, p.pk, p.dflt_value,"
            + " instr(upper(m.sql), 'COLLATE') > 0"
            + " FROM sqlite_schema AS m JOIN pragma_table_info(m.name) AS p"
            + " WHERE m.type = 'table' ORDER BY m.name, p.cid";
    // The primary key's own index is compared through table_info's pk column, so it is left out.
    private static final String INDEXES = "SELECT m.name, l.name, l.`unique`, i.name"
            + " FROM sqlite_schema AS m JOIN pragma_index_list(m.name) AS l JOIN pragma_index_info(l.name) AS i"
            + " WHERE m.type = 'table' AND l.origin <> 'pk' ORDER BY m.name, l.name, i.seqno";

    /**
     * One column. {@code affinity} is what decides how its values compare and convert: SQLite's
     * affinity of the declared type; on PostgreSQL, the type itself.
     */
    record Column(String name, String type, String affinity, boolean notNull, int pk, String defaultValue) {

        /** SQLite's rules for the affinity of a declared type (section 3.1 of "Datatypes In SQLite"). */
        static String sqliteAffinity(String type) {
            String declared = type.toUpperCase(Locale.ROOT);
            if (declared.contains("INT")) {
                return "INTEGER";
            }
            if (declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT")) {
                return "TEXT";
            }
            if (declared.contains("BLOB") || declared.isEmpty()) {
                return "BLOB";
            }
            if (declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB")) {
                return "REAL";
            }
            return "NUMERIC";
        }

        String describe() {
            return (type.isEmpty() ? "untyped" : type) + (notNull ? " NOT NULL" : "") + (pk > 0 ? " PRIMARY KEY" : "");
        }
    }

    record Index(List<String> columns, boolean unique) {
        String describe() {
            return (unique ? "UNIQUE index on (" : "index on (") + String.join(", ", columns) + ")";
        }

        // Written out because every open compares indexes: a record's own equals and hashCode are
        // linked through invokedynamic on first use, about 20 ms of a cold JVM's start-up.
        @Override
        public boolean equals(Object other) {
            return other instanceof Index that && unique == that.unique && columns.equals(that.columns);
        }

        @Override
        public int hashCode() {
            return 31 * columns.hashCode() + Boolean.hashCode(unique);
        }
    }

    /**
     * One table. {@code collates} is true when its DDL names a collation anywhere;
     * {@code decimalColumns} holds the lower-case names of the TEXT columns known to compare with
     * the DECIMAL collation, filled only where a probe asked (see {@link DecimalProbe}).
     */
    record Table(String name, Map<String, Column> columns, List<Index> indexes, boolean collates,
            Set<String> decimalColumns) {

        Column column(String name) {
            return columns.get(key(name));
        }

        /** The primary key's columns, in key order. */
        List<String> primaryKey() {
            return columns.values().stream().filter(c -> c.pk() > 0)
                    .sorted((a, b) -> Integer.compare(a.pk(), b.pk())).map(Column::name).toList();
        }

        Table withDecimalColumns(Set<String> decimal) {
            return new Table(name, columns, indexes, collates, Set.copyOf(decimal));
        }
    }

    Table table(String name) {
        return tables.get(key(name));
    }

    /** Reads every table of the SQLite database on {@code connection}; closes what it opens. */
    static SchemaSnapshot read(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> columns = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> collating = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(COLUMNS)) {
            while (row.next()) {
                String table = row.getString(1);
                names.putIfAbsent(key(table), table);
                if (row.getInt(7) != 0) {
                    collating.add(key(table));
                }
                String type = row.getString(3);
                String declared = type == null ? "" : type;
                Column column = new Column(row.getString(2), declared, Column.sqliteAffinity(declared), row.getInt(4) != 0,
                        row.getInt(5), row.getString(6));
                columns.computeIfAbsent(key(table), k -> new LinkedHashMap<>()).put(key(column.name()), column);
            }
        }
        Map<String, Map<String, Index>> indexes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(INDEXES)) {
            Map<String, List<String>> indexColumns = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            Map<String, String> tableOfIndex = new LinkedHashMap<>();
            while (row.next()) {
                String index = row.getString(2);
                tableOfIndex.put(index, key(row.getString(1)));
                unique.put(index, row.getInt(3) != 0);
                String column = row.getString(4);
                indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(column == null ? "<expression>" : key(column));
            }
            indexColumns.forEach((index, of) -> indexes.computeIfAbsent(tableOfIndex.get(index), k -> new LinkedHashMap<>())
                    .put(index, new Index(List.copyOf(of), unique.get(index))));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        columns.forEach((table, of) -> tables.put(table, new Table(names.get(table), Collections.unmodifiableMap(of),
                List.copyOf(indexes.getOrDefault(table, Map.of()).values()), collating.contains(table), Set.of())));
        return new SchemaSnapshot(Collections.unmodifiableMap(tables));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

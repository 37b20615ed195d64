package dev.noormme.schema;

import dev.noormme.config.Dialect;
import dev.noormme.internal.EntityMapping;
import dev.noormme.schema.SchemaSnapshot.Column;
import dev.noormme.schema.SchemaSnapshot.Index;
import dev.noormme.schema.SchemaSnapshot.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of a PostgreSQL schema, read into the shape SQLite's are ({@link SchemaSnapshot}) so
 * that one {@link SchemaComparison} judges both: columns, types and nullability from
 * {@code information_schema.columns}, primary keys from {@code table_constraints} and
 * {@code key_column_usage}, indexes (the primary key's left out, as on SQLite) from
 * {@code pg_index}, which names each key column where {@code pg_indexes} has only the DDL text.
 * A column's "affinity" is its type as PostgreSQL spells it ({@code timestamp with time zone},
 * {@code numeric(19,4)}), with its collation when it names one ({@code text COLLATE "C"}): any
 * difference there changes what comes back, or its order (a text column in the database's own
 * locale sorts unlike Java's code-point order, which NOORMME's {@code "C"} columns keep).
 *
 * <p>The declared schema is read the same way, after the mappings' own PostgreSQL statements ran
 * in the session's temporary schema ({@code search_path = pg_temp}, which needs no CREATE right on
 * the database) inside a transaction that is rolled back: nothing of it outlives the read.
 * Stateless.
 */
final class PostgresSchema {

    private static final String COLUMNS = "SELECT c.table_name, c.column_name,"
            + " CASE WHEN c.data_type IN ('character varying', 'character') AND c.character_maximum_length IS NOT NULL"
            + " THEN c.data_type || '(' || c.character_maximum_length || ')'"
            + " WHEN c.data_type = 'numeric' AND c.numeric_precision IS NOT NULL"
            + " THEN 'numeric(' || c.numeric_precision || ',' || c.numeric_scale || ')'"
            + " WHEN c.data_type IN ('USER-DEFINED', 'ARRAY') THEN c.udt_name"
            + " WHEN c.collation_name IS NOT NULL THEN c.data_type || ' COLLATE \"' || c.collation_name || '\"'"
            + " ELSE c.data_type END,"
            + " c.is_nullable = 'NO', COALESCE(k.ordinal_position, 0),"
            + " CASE WHEN c.is_identity = 'YES' THEN 'identity' ELSE c.column_default END"
            + " FROM information_schema.columns c"
            + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
            + " AND t.table_type IN ('BASE TABLE', 'LOCAL TEMPORARY')"
            + " LEFT JOIN information_schema.table_constraints p ON p.table_schema = c.table_schema"
            + " AND p.table_name = c.table_name AND p.constraint_type = 'PRIMARY KEY'"
            + " LEFT JOIN information_schema.key_column_usage k ON k.constraint_schema = p.constraint_schema"
            + " AND k.constraint_name = p.constraint_name AND k.column_name = c.column_name"
            + " WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position";
    private static final String INDEXES = "SELECT t.relname, i.relname, x.indisunique, a.attname"
            + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
            + " CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)"
            + " LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0"
            + " WHERE t.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary"
            + " AND k.ord <= x.indnkeyatts ORDER BY t.relname, i.relname, k.ord";

    private PostgresSchema() {
    }

    /** Reads every table of the connection's current schema; closes what it opens. */
    static SchemaSnapshot read(Connection connection) throws SQLException {
        Map<String, Map<String, Column>> columns = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(COLUMNS)) {
            while (row.next()) {
                String table = row.getString(1);
                names.putIfAbsent(SchemaSnapshot.key(table), table);
                String type = row.getString(3);
                Column column = new Column(row.getString(2), type, type, row.getBoolean(4), row.getInt(5), row.getString(6));
                columns.computeIfAbsent(SchemaSnapshot.key(table), k -> new LinkedHashMap<>())
                        .put(SchemaSnapshot.key(column.name()), column);
            }
        }
        Map<String, Map<String, List<String>>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(INDEXES)) {
            while (row.next()) {
                String index = row.getString(2);
                unique.put(index, row.getBoolean(3));
                String column = row.getString(4);
                indexColumns.computeIfAbsent(SchemaSnapshot.key(row.getString(1)), k -> new LinkedHashMap<>())
                        .computeIfAbsent(index, k -> new ArrayList<>())
                        .add(column == null ? "<expression>" : SchemaSnapshot.key(column));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        columns.forEach((table, of) -> {
            List<Index> indexes = new ArrayList<>();
            indexColumns.getOrDefault(table, Map.of()).forEach((index, on) -> indexes.add(new Index(List.copyOf(on),
                    unique.get(index))));
            tables.put(table, new Table(names.get(table), Collections.unmodifiableMap(of), List.copyOf(indexes), false,
                    Set.of()));
        });
        return new SchemaSnapshot(Collections.unmodifiableMap(tables));
    }

    /**
     * The entities' tables as their PostgreSQL statements make them, created and read back in the
     * session's temporary schema on {@code connection} and rolled back (to a savepoint, inside a
     * transaction already open), so the connection is left as it was.
     */
    static SchemaSnapshot declared(List<? extends EntityMapping<?, ?>> entities, Connection connection)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        Savepoint savepoint = null;
        if (autoCommit) {
            connection.setAutoCommit(false);
        } else {
            savepoint = connection.setSavepoint();
        }
        try (Statement create = connection.createStatement()) {
            // SET LOCAL ends with the transaction (a rollback to the savepoint undoes it too).
            create.execute("SET LOCAL search_path TO pg_temp");
            for (EntityMapping<?, ?> mapping : entities) {
                for (String statement : mapping.sql(Dialect.POSTGRESQL).schema()) {
                    create.execute(statement);
                }
            }
            return read(connection);
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            } else {
                connection.rollback(savepoint);
            }
        }
    }
}

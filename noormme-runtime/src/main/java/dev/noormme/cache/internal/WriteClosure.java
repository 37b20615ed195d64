package dev.noormme.cache.internal;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.connection.SqlFunction;
import dev.noormme.internal.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables a write to one table can change in the real database: the table itself, plus what
 * its foreign-key actions ({@code ON DELETE/UPDATE CASCADE}, {@code SET NULL}, ...) and triggers
 * write, transitively. The processor declares the tables each write writes in the schema it
 * knows at compile time; migrations may add foreign keys and triggers it never saw, so the
 * runtime asks SQLite too: {@code EXPLAIN} of an INSERT, an UPDATE of every column and a DELETE
 * on the table lists every table their programs open for writing (trigger and foreign-key
 * sub-programs included). PostgreSQL's catalogue tells the foreign keys whose actions change
 * rows of other tables ({@code pg_constraint}); what a trigger function writes it cannot tell,
 * so a table with triggers of its own reaches {@link CacheEngine#ANY_TABLE}: every cached result.
 * Computed once per table and schema version (a failed computation is not kept); thread-safe.
 */
final class WriteClosure {

    /**
     * The tables reached from one through foreign-key actions that change rows (CASCADE, SET
     * NULL, SET DEFAULT), transitively, in the current schema; plus {@code *} when any of them has
     * a trigger of its own (not one PostgreSQL made for a constraint).
     */
    private static final String POSTGRESQL_CLOSURE = "WITH RECURSIVE reached(oid) AS ("
            + " SELECT c.oid FROM pg_class c WHERE lower(c.relname) = ? AND c.relnamespace = current_schema()::regnamespace"
            + " UNION SELECT f.conrelid FROM pg_constraint f JOIN reached r ON f.confrelid = r.oid"
            + " WHERE f.contype = 'f' AND (f.confdeltype IN ('c', 'n', 'd') OR f.confupdtype IN ('c', 'n', 'd')))"
            + " SELECT lower(c.relname) FROM pg_class c JOIN reached r ON c.oid = r.oid"
            + " UNION SELECT '*' FROM pg_trigger t JOIN reached r ON t.tgrelid = r.oid WHERE NOT t.tgisinternal";

    /**
     * Changes whenever a foreign key or a trigger is made or dropped anywhere in the database
     * (a changed action means a dropped and re-made constraint, with a new oid): as far as the
     * closure cares, PostgreSQL's stand-in for SQLite's {@code schema_version}. The watchers read
     * it once per poll interval and reset the closure when it moved.
     */
    static final String POSTGRESQL_SCHEMA_VERSION = "SELECT count(*) || ':' || coalesce(sum(oid::int8), 0) FROM ("
            + "SELECT oid FROM pg_constraint WHERE contype = 'f' UNION ALL SELECT oid FROM pg_trigger WHERE NOT tgisinternal) k";

    private final ConnectionManager connections;
    private final SqlFunction<String, Set<String>> compute;
    private final Map<String, Set<String>> byTable = new ConcurrentHashMap<>();

    WriteClosure(ConnectionManager connections) {
        this.connections = connections;
        this.compute = switch (connections.dialect()) {
            case SQLITE -> WriteClosure::explain;
            case POSTGRESQL -> WriteClosure::catalogue;
        };
    }

    /** Lower-case names of the tables a write to {@code table} may change, {@code table} included. */
    Set<String> of(String table) {
        Set<String> known = byTable.get(table);
        if (known != null) {
            return known;
        }
        Set<String> computed;
        try {
            computed = connections.write(compute, table);
        } catch (SQLException | RuntimeException e) {
            // A closed database, or a PostgreSQL transaction already failed: the table alone, this time.
            return Set.of(table);
        }
        byTable.put(table, computed);
        return computed;
    }

    /** The schema changed: compute again on the next write. */
    void reset() {
        byTable.clear();
    }

    private static Set<String> catalogue(Handle handle, String table) throws SQLException {
        Set<String> written = new TreeSet<>();
        written.add(table);
        PreparedStatement closure = handle.prepare(POSTGRESQL_CLOSURE);
        closure.setString(1, table);
        try (ResultSet rows = closure.executeQuery()) {
            while (rows.next()) {
                written.add(rows.getString(1));
            }
        }
        return Set.copyOf(written);
    }

    private static Set<String> explain(Handle handle, String table) throws SQLException {
        Set<String> written = new TreeSet<>();
        written.add(table);
        Map<Integer, String> tableOfPage = new HashMap<>();
        List<String> columns = new ArrayList<>();
        try (Statement statement = handle.connection().createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT rootpage, tbl_name FROM sqlite_master WHERE rootpage > 0")) {
                while (rows.next()) {
                    tableOfPage.put(rows.getInt(1), rows.getString(2).toLowerCase(Locale.ROOT));
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA table_info(" + Sql.quote(table) + ")")) {
                while (rows.next()) {
                    columns.add(Sql.quote(rows.getString("name")));
                }
            }
        }
        if (columns.isEmpty()) {
            return Set.copyOf(written);
        }
        List<String> statements = new ArrayList<>();
        statements.add("INSERT INTO " + Sql.quote(table) + " DEFAULT VALUES");
        StringBuilder update = new StringBuilder("UPDATE ").append(Sql.quote(table)).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            update.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ").append(columns.get(i));
        }
        statements.add(update.append(" WHERE random() = 0").toString());
        statements.add("DELETE FROM " + Sql.quote(table) + " WHERE random() = 0");
        for (String sql : statements) {
            try (PreparedStatement explain = handle.connection().prepareStatement("EXPLAIN " + sql);
                 ResultSet program = explain.executeQuery()) {
                while (program.next()) {
                    String opcode = program.getString("opcode");
                    if (opcode.equals("OpenWrite") && program.getInt("p3") == 0) {
                        String target = tableOfPage.get(program.getInt("p2"));
                        if (target != null) {
                            written.add(target);
                        }
                    }
                }
            } catch (SQLException refused) {
                // e.g. a generated column cannot be updated: the other statements still tell their tables
            }
        }
        return Set.copyOf(written);
    }
}

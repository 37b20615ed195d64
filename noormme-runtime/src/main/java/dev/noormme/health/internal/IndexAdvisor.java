package dev.noormme.health.internal;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.DecimalCollation;
import dev.noormme.connection.DecimalSum;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.JDBC;

/**
 * Finds the index that would turn a slow statement's full table scan into a search, by asking
 * SQLite rather than parsing SQL: the database's schema ({@code sqlite_schema}'s CREATE statements)
 * is copied into a private {@code :memory:} database; for each column of each table the statement
 * reads, a candidate single-column index is created there and the statement's
 * {@code EXPLAIN QUERY PLAN} taken again; a column whose index turns {@code SCAN t} into
 * {@code SEARCH t USING INDEX} is recommended, as the SQL to type and the {@code @Index} to put on
 * the entity. A column that already leads an index is never recommended. The user's database is
 * only read (its schema), never changed.
 *
 * <p>{@link #advise} runs on the monitor's thread, once per distinct statement (the answer is
 * kept); {@link #known} reads kept answers from any thread. Thread-safe.
 */
public final class IndexAdvisor {

    private static final System.Logger LOG = System.getLogger("dev.noormme.health");
    private static final int KEPT = 256;
    private static final String PROBE = "noormme_probe_idx";
    private static final Pattern SCAN = Pattern.compile("^SCAN (\\S+)(?: USING .*)?$");
    private static final Pattern PROBE_SEARCH = Pattern.compile(
            "^SEARCH (\\S+) USING (?:COVERING )?INDEX " + PROBE + " \\((.*)\\)$");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String SCHEMA = "SELECT sql FROM sqlite_schema WHERE type IN ('table', 'index', 'view')"
            + " AND sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";

    private final ConnectionManager connections;
    private final Map<String, String> advice = new ConcurrentHashMap<>();

    public IndexAdvisor(ConnectionManager connections) {
        this.connections = connections;
    }

    /**
     * The index to create for {@code sql}, whose plan is {@code plan}: a sentence with the
     * {@code CREATE INDEX} statement and the {@code @Index} annotation; "" when its plan scans no
     * table or no single-column index would avoid the scan.
     */
    public String advise(String sql, String plan) {
        if (sql.isEmpty() || scanned(plan).isEmpty()) {
            return "";
        }
        String kept = advice.get(sql);
        if (kept != null) {
            return kept;
        }
        if (advice.size() >= KEPT) {
            advice.clear();
        }
        String found;
        try {
            found = probe(sql, plan);
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "No index advice for {0}: {1}", sql, e.getMessage());
            found = "";
        }
        advice.put(sql, found);
        return found;
    }

    /** The advice already found for {@code sql}; "" when there is none or it was not asked yet. */
    public String known(String sql) {
        return advice.getOrDefault(sql, "");
    }

    private String probe(String sql, String plan) throws SQLException {
        List<String> schema = connections.read((handle, query) -> {
            List<String> statements = new ArrayList<>();
            try (ResultSet rows = handle.prepare(query).executeQuery()) {
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
            }
            return statements;
        }, SCHEMA);
        Set<String> scanned = scanned(plan);
        try (Connection memory = new JDBC().connect("jdbc:sqlite::memory:", new Properties())) {
            DecimalCollation.register(memory);
            DecimalSum.register(memory);
            try (Statement statement = memory.createStatement()) {
                for (String ddl : schema) {
                    statement.execute(ddl);
                }
            }
            Candidate best = null;
            for (String table : tablesRead(memory, sql)) {
                for (String column : columns(memory, table)) {
                    Candidate candidate = tryIndex(memory, sql, table, column, scanned);
                    if (candidate != null && (best == null || candidate.equality() && !best.equality())) {
                        best = candidate;
                    }
                }
            }
            return best == null ? "" : best.advice();
        }
    }

    /** The names (tables or aliases) that lines of the plan scan in full. */
    private static Set<String> scanned(String plan) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : plan.split("\n")) {
            Matcher scan = SCAN.matcher(line.strip());
            if (scan.matches() && !scan.group(1).equals("CONSTANT")) {
                names.add(scan.group(1));
            }
        }
        return names;
    }

    /** The tables the statement opens for reading (EXPLAIN's OpenRead root pages), views and subqueries included. */
    private static Set<String> tablesRead(Connection memory, String sql) throws SQLException {
        Set<Integer> roots = new LinkedHashSet<>();
        try (Statement statement = memory.createStatement(); ResultSet steps = statement.executeQuery("EXPLAIN " + sql)) {
            while (steps.next()) {
                if ("OpenRead".equals(steps.getString("opcode"))) {
                    roots.add(steps.getInt("p2"));
                }
            }
        }
        Set<String> tables = new LinkedHashSet<>();
        try (PreparedStatement table = memory.prepareStatement("SELECT tbl_name FROM sqlite_schema WHERE rootpage = ?")) {
            for (int root : roots) {
                table.setInt(1, root);
                try (ResultSet row = table.executeQuery()) {
                    if (row.next()) {
                        tables.add(row.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    /** The table's columns that do not already lead an index (nor are its rowid). */
    private static List<String> columns(Connection memory, String table) throws SQLException {
        Set<String> leading = new HashSet<>();
        try (PreparedStatement indexed = memory.prepareStatement("SELECT ii.name FROM pragma_index_list(?) il,"
                + " pragma_index_info(il.name) ii WHERE ii.seqno = 0")) {
            indexed.setString(1, table);
            try (ResultSet rows = indexed.executeQuery()) {
                while (rows.next()) {
                    leading.add(rows.getString(1));
                }
            }
        }
        List<String> columns = new ArrayList<>();
        try (PreparedStatement info = memory.prepareStatement("SELECT name, pk, type FROM pragma_table_info(?)")) {
            info.setString(1, table);
            try (ResultSet rows = info.executeQuery()) {
                while (rows.next()) {
                    boolean rowid = rows.getInt("pk") == 1 && "INTEGER".equalsIgnoreCase(rows.getString("type"));
                    if (!rowid && !leading.contains(rows.getString("name"))) {
                        columns.add(rows.getString("name"));
                    }
                }
            }
        }
        return columns;
    }

    private static Candidate tryIndex(Connection memory, String sql, String table, String column, Set<String> scanned)
            throws SQLException {
        try (Statement statement = memory.createStatement()) {
            statement.execute("CREATE INDEX " + PROBE + " ON " + quote(table) + " (" + quote(column) + ")");
            try (ResultSet steps = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (steps.next()) {
                    Matcher search = PROBE_SEARCH.matcher(steps.getString("detail"));
                    if (search.matches() && scanned.contains(search.group(1))) {
                        return new Candidate(table, column, search.group(2).contains("=?"));
                    }
                }
            } finally {
                statement.execute("DROP INDEX " + PROBE);
            }
        }
        return null;
    }

    private static String quote(String name) {
        return PLAIN_NAME.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A column whose index turns a scan into a search; an equality search is preferred to a range. */
    private record Candidate(String table, String column, boolean equality) {

        /** Named as {@code @Index} names it by default, so the SQL and the annotation make one index. */
        String advice() {
            String index = (table + "_" + column + "_idx").replaceAll("[^A-Za-z0-9_]", "_");
            return "CREATE INDEX " + index + " ON " + quote(table) + "(" + quote(column) + ") turns its full scan of "
                    + table + " into a search on " + column + "; add @Index(columns = \"" + column
                    + "\") to the entity of table " + table
                    + " so the schema keeps it";
        }
    }
}

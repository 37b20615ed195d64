package dev.noormme.processor.verifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds, for a statement whose {@code EXPLAIN QUERY PLAN} reads a table in full ({@code SCAN t}
 * with no index), the smallest index under which SQLite no longer scans that table. Nothing here
 * reads the SQL: each candidate index is created in the verifier's database, the plan is asked
 * again, and the index is dropped. A statement whose first plan scans nothing costs one plan.
 */
final class IndexAdvisor {

    /** The name of the one candidate index that exists at a time, while its plan is asked. */
    private static final String CANDIDATE = "noormme_candidate_index";

    private final Connection connection;

    IndexAdvisor(Connection connection) {
        this.connection = connection;
    }

    /**
     * Advice for a statement on one known table, trying its {@code candidates} columns (the
     * columns the statement filters on first, then those it sorts by).
     */
    Optional<IndexAdvice> forTable(String sql, String table, List<String> candidates) throws SQLException {
        Plan plan = plan(sql);
        for (String scanned : plan.fullScans()) {
            if (scanned.equalsIgnoreCase(table)) {
                return advise(sql, plan, scanned, table, candidates);
            }
        }
        return Optional.empty();
    }

    /**
     * Advice for a statement written by hand: each table it scans (under its name, or under an
     * alias, then any of the tables it reads) is tried with an index on each of its columns.
     */
    Optional<IndexAdvice> forStatement(String sql, Collection<String> reads) throws SQLException {
        Plan plan = plan(sql);
        for (String scanned : new LinkedHashSet<>(plan.fullScans())) {
            List<String> tables = reads.stream().filter(scanned::equalsIgnoreCase).toList();
            for (String table : tables.isEmpty() ? reads : tables) {
                Optional<IndexAdvice> advice = advise(sql, plan, scanned, table, indexableColumns(table));
                if (advice.isPresent()) {
                    return advice;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Each candidate column alone first. When several remove the scan, one index on all those
     * the plan compares for equality, then the first compared by range, serves the statement
     * best (SQLite searches an index on equal leading columns and one range after them).
     */
    private Optional<IndexAdvice> advise(String sql, Plan before, String scanned, String table,
            List<String> candidates) throws SQLException {
        List<String> equalities = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (String column : new LinkedHashSet<>(candidates)) {
            Optional<Plan> after = planWithIndex(sql, table, List.of(column));
            if (after.isPresent() && after.get().stopsScanning(before, scanned)) {
                (after.get().searchesByEquality(scanned, column) ? equalities : ranges).add(column);
            }
        }
        List<String> chosen = new ArrayList<>(equalities);
        if (!ranges.isEmpty()) {
            chosen.add(ranges.get(0));
        }
        if (chosen.isEmpty()) {
            // No column alone helps: an index on all of them, filters first, may still (SQLite decides).
            List<String> all = List.copyOf(new LinkedHashSet<>(candidates));
            return all.size() > 1 && stops(sql, before, scanned, table, all)
                    ? Optional.of(new IndexAdvice(table, before.scanLine(scanned), all)) : Optional.empty();
        }
        if (chosen.size() > 1 && !stops(sql, before, scanned, table, chosen)) {
            chosen = List.of(chosen.get(0));
        }
        return Optional.of(new IndexAdvice(table, before.scanLine(scanned), chosen));
    }

    private boolean stops(String sql, Plan before, String scanned, String table, List<String> columns)
            throws SQLException {
        Optional<Plan> after = planWithIndex(sql, table, columns);
        return after.isPresent() && after.get().stopsScanning(before, scanned);
    }

    /** The plan with a candidate index on {@code columns}; empty when SQLite refuses the index. */
    private Optional<Plan> planWithIndex(String sql, String table, List<String> columns) throws SQLException {
        String create = "CREATE INDEX " + CANDIDATE + " ON " + quote(table) + " ("
                + columns.stream().map(IndexAdvisor::quote).collect(Collectors.joining(", ")) + ")";
        try (Statement statement = connection.createStatement()) {
            try {
                statement.execute(create);
            } catch (SQLException refused) {
                return Optional.empty(); // a column no index can hold; it cannot be advised either
            }
            try {
                return Optional.of(plan(sql));
            } finally {
                statement.execute("DROP INDEX " + CANDIDATE);
            }
        }
    }

    /** The table's columns, but for an INTEGER PRIMARY KEY: it is the rowid, searched already. */
    private List<String> indexableColumns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement info = connection.prepareStatement("SELECT name, type, pk FROM pragma_table_info(?)")) {
            info.setString(1, table);
            try (ResultSet rows = info.executeQuery()) {
                while (rows.next()) {
                    boolean rowid = rows.getInt("pk") > 0 && "INTEGER".equalsIgnoreCase(rows.getString("type"));
                    if (!rowid) {
                        columns.add(rows.getString("name"));
                    }
                }
            }
        }
        return columns;
    }

    private Plan plan(String sql) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            int parameters = explain.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= parameters; i++) {
                explain.setNull(i, Types.NULL); // sqlite-jdbc refuses to run a statement whose parameters are unbound
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString("detail"));
                }
            }
            return new Plan(lines);
        }
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** The lines of one {@code EXPLAIN QUERY PLAN}, such as {@code SCAN invoices} or {@code SEARCH c USING ...}. */
    private record Plan(List<String> lines) {

        /** The names (table or alias) read in full without any index: {@code SCAN t} and nothing after. */
        List<String> fullScans() {
            List<String> names = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("SCAN ") && line.indexOf(' ', "SCAN ".length()) < 0) {
                    names.add(line.substring("SCAN ".length()));
                }
            }
            return names;
        }

        String scanLine(String scanned) {
            return "SCAN " + scanned;
        }

        /**
         * True when {@code scanned} is no longer scanned at all (a {@code SCAN t USING INDEX} reads
         * every row too) and no other table took its place.
         */
        boolean stopsScanning(Plan before, String scanned) {
            boolean stillScanned = lines.stream().anyMatch(line -> line.equals("SCAN " + scanned)
                    || line.startsWith("SCAN " + scanned + " "));
            return !stillScanned && fullScans().size() < before.fullScans().size();
        }

        /** True when the plan searches {@code scanned} through the candidate index by {@code column = ?}. */
        boolean searchesByEquality(String scanned, String column) {
            String constraint = "(" + column + "=?)";
            return lines.stream().anyMatch(line -> line.startsWith("SEARCH " + scanned + " ")
                    && line.contains(CANDIDATE) && line.toLowerCase(Locale.ROOT).endsWith(constraint.toLowerCase(Locale.ROOT)));
        }
    }
}

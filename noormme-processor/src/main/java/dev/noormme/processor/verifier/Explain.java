package dev.noormme.processor.verifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The tables a statement touches, from its {@code EXPLAIN} program: each {@code OpenRead} or
 * {@code OpenWrite} names a root page (p2) of the main database (p3 = 0), and
 * {@code sqlite_master} maps root pages of tables and indexes to their table; a DELETE without
 * WHERE shows as {@code Clear} of the table's root page (p1) instead. Views are
 * expanded, and foreign-key cascades and triggers open their tables in the same program.
 */
final class Explain {

    private Explain() {
    }

    static void tables(Connection connection, String sql, int parameters, Set<String> reads, Set<String> writes)
            throws SQLException {
        Map<Integer, String> tableOfPage = rootPages(connection);
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            // sqlite-jdbc refuses to run a statement whose parameters are unbound.
            for (int i = 1; i <= parameters; i++) {
                explain.setNull(i, Types.NULL);
            }
            try (ResultSet program = explain.executeQuery()) {
                while (program.next()) {
                    String opcode = program.getString("opcode");
                    boolean read = opcode.equals("OpenRead") || opcode.equals("ReopenIdx");
                    boolean write = opcode.equals("OpenWrite");
                    if ((read || write) && program.getInt("p3") == 0) {
                        String table = tableOfPage.get(program.getInt("p2"));
                        if (table != null) {
                            (write ? writes : reads).add(table);
                        }
                    } else if (opcode.equals("Clear") && program.getInt("p2") == 0) {
                        // DELETE without WHERE empties the table in one step (p1: root page) instead of opening it.
                        String table = tableOfPage.get(program.getInt("p1"));
                        if (table != null) {
                            writes.add(table);
                        }
                    }
                }
            }
        }
        reads.removeAll(writes);
    }

    private static Map<Integer, String> rootPages(Connection connection) throws SQLException {
        Map<Integer, String> pages = new HashMap<>();
        pages.put(1, "sqlite_master");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT rootpage, tbl_name FROM sqlite_master WHERE rootpage > 0")) {
            while (rows.next()) {
                pages.put(rows.getInt(1), rows.getString(2));
            }
        }
        return pages;
    }
}

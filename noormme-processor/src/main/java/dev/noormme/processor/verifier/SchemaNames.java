package dev.noormme.processor.verifier;

import dev.noormme.processor.diagnostics.Suggestions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The schema's table and column names, to suggest one when SQLite names an unknown one. */
final class SchemaNames {

    private static final Pattern NO_SUCH = Pattern.compile("no such (table|column): (?:[\\w\"]+\\.)?\"?([\\w]+)\"?");

    private final Connection connection;

    SchemaNames(Connection connection) {
        this.connection = connection;
    }

    List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return List.of();
        }
        return tables;
    }

    /** " Did you mean 'email'?" for {@code no such column: emial}; empty when nothing is close. */
    String suggest(String sqliteMessage) {
        Matcher matcher = NO_SUCH.matcher(sqliteMessage);
        if (!matcher.find()) {
            return "";
        }
        List<String> candidates = matcher.group(1).equals("table") ? tables() : columns();
        return Suggestions.closest(matcher.group(2), candidates)
                .map(name -> " Did you mean '" + name + "'?")
                .orElse("");
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (String table : tables()) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
                while (rows.next()) {
                    String column = rows.getString("name");
                    if (!columns.contains(column)) {
                        columns.add(column);
                    }
                }
            } catch (SQLException e) {
                return columns;
            }
        }
        return columns;
    }
}

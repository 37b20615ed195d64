package dev.noormme.processor.writer;

import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.IndexModel;
import dev.noormme.processor.model.PropertyModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL text of one entity. Every identifier is quoted with backquotes, so a column named
 * {@code order} works, and every value is a {@code ?} parameter.
 */
final class SqlBuilder {

    private final EntityModel entity;
    private final String table;
    private final String id;

    SqlBuilder(EntityModel entity) {
        this.entity = entity;
        this.table = quote(entity.table());
        this.id = quote(entity.id().column());
    }

    /**
     * Quotes an identifier with backquotes, which SQLite reads as a name only: a double-quoted
     * name that matches no column would silently become a string literal (SQLite's DQS quirk),
     * while a backquoted one is an error.
     */
    static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    String createTable() {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table).append(" (").append(id);
        sql.append(entity.generatedId() ? " INTEGER PRIMARY KEY" : " TEXT PRIMARY KEY NOT NULL");
        for (PropertyModel column : entity.columns()) {
            sql.append(", ").append(quote(column.column())).append(' ').append(column.sqlType().declaration());
            if (!column.nullable()) {
                sql.append(" NOT NULL");
            }
            if (column.unique()) {
                sql.append(" UNIQUE");
            }
        }
        return sql.append(')').toString();
    }

    String createIndex(IndexModel index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + quote(index.name())
                + " ON " + table + " (" + quoted(index.columns()) + ")";
    }

    String select() {
        return "SELECT " + quoted(allColumns()) + " FROM " + table;
    }

    String selectById() {
        return select() + " WHERE " + id + " = ?";
    }

    String selectAll() {
        return select() + " ORDER BY " + id;
    }

    String insert() {
        return "INSERT INTO " + table + " (" + quoted(allColumns()) + ") VALUES (" + placeholders(allColumns().size()) + ")";
    }

    String insertWithoutId() {
        List<String> others = otherColumns();
        if (others.isEmpty()) {
            return "INSERT INTO " + table + " DEFAULT VALUES";
        }
        return "INSERT INTO " + table + " (" + quoted(others) + ") VALUES (" + placeholders(others.size()) + ")";
    }

    String insertReturningId() {
        return insertWithoutId() + " RETURNING " + id;
    }

    String update() {
        List<String> others = otherColumns();
        // With no other column the statement still has to find the row, so it sets the id to itself.
        String assignments = others.isEmpty() ? id + " = " + id
                : others.stream().map(c -> quote(c) + " = ?").collect(Collectors.joining(", "));
        return "UPDATE " + table + " SET " + assignments + " WHERE " + id + " = ?";
    }

    String upsert() {
        List<String> others = otherColumns();
        String action = others.isEmpty() ? "NOTHING" : "UPDATE SET " + others.stream()
                .map(c -> quote(c) + " = excluded." + quote(c))
                .collect(Collectors.joining(", "));
        return insert() + " ON CONFLICT (" + id + ") DO " + action;
    }

    String deleteById() {
        return "DELETE FROM " + table + " WHERE " + id + " = ?";
    }

    String count() {
        return "SELECT COUNT(*) FROM " + table;
    }

    String existsById() {
        return "SELECT EXISTS(SELECT 1 FROM " + table + " WHERE " + id + " = ?)";
    }

    private List<String> allColumns() {
        return entity.allProperties().stream().map(PropertyModel::column).toList();
    }

    private List<String> otherColumns() {
        return entity.columns().stream().map(PropertyModel::column).toList();
    }

    private static String quoted(List<String> columns) {
        return columns.stream().map(SqlBuilder::quote).collect(Collectors.joining(", "));
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}

package dev.noormme.processor.sql;

import dev.noormme.processor.model.EntityModel;
import dev.noormme.processor.model.IndexModel;
import dev.noormme.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL text of one entity in one dialect: its schema and its CRUD statements. Every
 * identifier is quoted, so a column named {@code order} works, and every value is a {@code ?}
 * parameter.
 */
public final class EntitySql {

    private final EntityModel entity;
    private final SqlDialect dialect;
    private final String table;
    private final String id;

    public EntitySql(EntityModel entity, SqlDialect dialect) {
        this.entity = entity;
        this.dialect = dialect;
        this.table = dialect.quote(entity.table());
        this.id = dialect.quote(entity.id().column());
    }

    /** CREATE TABLE, then each CREATE INDEX. */
    public List<String> schema() {
        List<String> statements = new ArrayList<>();
        statements.add(createTable());
        entity.indexes().forEach(index -> statements.add(createIndex(index)));
        return List.copyOf(statements);
    }

    String createTable() {
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table).append(" (").append(id)
                .append(' ').append(entity.generatedId()
                        ? dialect.generatedId(entity.id().kind()) : dialect.suppliedId(entity.id().kind()));
        for (PropertyModel column : entity.columns()) {
            sql.append(", ").append(dialect.quote(column.column())).append(' ').append(dialect.columnType(column.kind()));
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
        String keys = index.columns().stream()
                .map(column -> dialect.indexKey(dialect.quote(column), nullable(column)))
                .collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + dialect.quote(index.name())
                + " ON " + table + " (" + keys + ")";
    }

    public String select() {
        return "SELECT " + quoted(allColumns()) + " FROM " + table;
    }

    public String selectById() {
        return select() + " WHERE " + id + " = ?";
    }

    public String selectAll() {
        return select() + " ORDER BY " + id;
    }

    public String insert() {
        return "INSERT INTO " + table + " (" + quoted(allColumns()) + ") VALUES (" + placeholders(allColumns().size()) + ")";
    }

    public String insertWithoutId() {
        List<String> others = otherColumns();
        if (others.isEmpty()) {
            return "INSERT INTO " + table + " DEFAULT VALUES";
        }
        return "INSERT INTO " + table + " (" + quoted(others) + ") VALUES (" + placeholders(others.size()) + ")";
    }

    public String insertReturningId() {
        return insertWithoutId() + " RETURNING " + id;
    }

    public String update() {
        List<String> others = otherColumns();
        // With no other column the statement still has to find the row, so it sets the id to itself.
        String assignments = others.isEmpty() ? id + " = " + id
                : others.stream().map(c -> dialect.quote(c) + " = ?").collect(Collectors.joining(", "));
        return "UPDATE " + table + " SET " + assignments + " WHERE " + id + " = ?";
    }

    public String upsert() {
        List<String> others = otherColumns();
        String action = others.isEmpty() ? "NOTHING" : "UPDATE SET " + others.stream()
                .map(c -> dialect.quote(c) + " = " + dialect.excluded(dialect.quote(c)))
                .collect(Collectors.joining(", "));
        return insert() + " ON CONFLICT (" + id + ") DO " + action;
    }

    public String deleteById() {
        return "DELETE FROM " + table + " WHERE " + id + " = ?";
    }

    public String count() {
        return "SELECT COUNT(*) FROM " + table;
    }

    public String existsById() {
        return "SELECT EXISTS(SELECT 1 FROM " + table + " WHERE " + id + " = ?)";
    }

    private boolean nullable(String column) {
        return entity.columns().stream().anyMatch(property -> property.column().equals(column) && property.nullable());
    }

    private List<String> allColumns() {
        return entity.allProperties().stream().map(PropertyModel::column).toList();
    }

    private List<String> otherColumns() {
        return entity.columns().stream().map(PropertyModel::column).toList();
    }

    private String quoted(List<String> columns) {
        return columns.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}

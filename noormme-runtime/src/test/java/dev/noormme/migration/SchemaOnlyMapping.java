package dev.noormme.migration;

import dev.noormme.internal.EntityMapping;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

/** An entity mapping that only declares a table (its schema is what drift checks read); nothing else is used. */
final class SchemaOnlyMapping implements EntityMapping<Object, Long> {

    /** notes(id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, created_at INTEGER NOT NULL), indexed on created_at. */
    static final SchemaOnlyMapping NOTES = new SchemaOnlyMapping("notes", List.of(
            "CREATE TABLE IF NOT EXISTS \"notes\" (\"id\" INTEGER PRIMARY KEY, \"title\" TEXT NOT NULL,"
                    + " \"body\" TEXT, \"created_at\" INTEGER NOT NULL)",
            "CREATE INDEX IF NOT EXISTS \"notes_created_at\" ON \"notes\" (\"created_at\")"));

    private final String table;
    private final List<String> schema;

    SchemaOnlyMapping(String table, List<String> schema) {
        this.table = table;
        this.schema = schema;
    }

    @Override public String table() { return table; }
    @Override public List<String> schema() { return schema; }
    @Override public String idColumn() { return "id"; }
    @Override public boolean generatedId() { return true; }
    @Override public Map<String, String> columnsByProperty() { return Map.of(); }
    @Override public String selectSql() { throw new UnsupportedOperationException(); }
    @Override public String selectByIdSql() { throw new UnsupportedOperationException(); }
    @Override public String selectAllSql() { throw new UnsupportedOperationException(); }
    @Override public String insertSql() { throw new UnsupportedOperationException(); }
    @Override public String insertWithoutIdSql() { throw new UnsupportedOperationException(); }
    @Override public String insertReturningIdSql() { throw new UnsupportedOperationException(); }
    @Override public String updateSql() { throw new UnsupportedOperationException(); }
    @Override public String upsertSql() { throw new UnsupportedOperationException(); }
    @Override public String deleteByIdSql() { throw new UnsupportedOperationException(); }
    @Override public String countSql() { throw new UnsupportedOperationException(); }
    @Override public String existsByIdSql() { throw new UnsupportedOperationException(); }
    @Override public Long id(Object entity) { throw new UnsupportedOperationException(); }
    @Override public boolean hasNoId(Object entity) { throw new UnsupportedOperationException(); }
    @Override public Object withGeneratedId(Object entity, long id) { throw new UnsupportedOperationException(); }
    @Override public void bindId(PreparedStatement statement, int index, Long id) { throw new UnsupportedOperationException(); }
    @Override public int bindColumns(PreparedStatement statement, Object entity, int first) { throw new UnsupportedOperationException(); }
    @Override public Object read(ResultSet row) { throw new UnsupportedOperationException(); }
}

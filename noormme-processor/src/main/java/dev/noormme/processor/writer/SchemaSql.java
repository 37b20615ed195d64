package dev.noormme.processor.writer;

import dev.noormme.processor.model.EntityModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The CREATE statements of an entity, exactly as its mapping's {@code SCHEMA} holds them, so SQL
 * checked at compile time meets the tables the runtime creates.
 */
public final class SchemaSql {

    private SchemaSql() {
    }

    /** CREATE TABLE, then each CREATE INDEX. */
    public static List<String> of(EntityModel entity) {
        SqlBuilder sql = new SqlBuilder(entity);
        List<String> statements = new ArrayList<>();
        statements.add(sql.createTable());
        entity.indexes().forEach(index -> statements.add(sql.createIndex(index)));
        return List.copyOf(statements);
    }
}

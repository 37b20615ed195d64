package dev.noormme.processor.sql;

import dev.noormme.processor.model.EntityModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQLite SQL of each {@code CrudRepository} write of an entity, exactly as its mapping runs
 * it, so the verifier can {@code EXPLAIN} which tables each one changes for the query cache. The
 * tables a statement writes are the same in every dialect.
 */
public final class CrudWriteSql {

    private CrudWriteSql() {
    }

    /** {@code insert}, {@code save} (the upsert), {@code update}, {@code deleteById} → their SQL. */
    public static Map<String, String> of(EntityModel entity) {
        EntitySql sql = new EntitySql(entity, SqlDialect.SQLITE);
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("insert", sql.insert());
        writes.put("save", sql.upsert());
        writes.put("update", sql.update());
        writes.put("deleteById", sql.deleteById());
        return writes;
    }
}

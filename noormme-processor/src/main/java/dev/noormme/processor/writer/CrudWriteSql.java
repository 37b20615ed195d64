package dev.noormme.processor.writer;

import dev.noormme.processor.model.EntityModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL of each {@code CrudRepository} write of an entity, exactly as its mapping runs it, so
 * the verifier can {@code EXPLAIN} which tables each one changes for the query cache.
 */
public final class CrudWriteSql {

    private CrudWriteSql() {
    }

    /** {@code insert}, {@code save} (the upsert), {@code update}, {@code deleteById} → their SQL. */
    public static Map<String, String> of(EntityModel entity) {
        SqlBuilder sql = new SqlBuilder(entity);
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("insert", sql.insert());
        writes.put("save", sql.upsert());
        writes.put("update", sql.update());
        writes.put("deleteById", sql.deleteById());
        return writes;
    }
}

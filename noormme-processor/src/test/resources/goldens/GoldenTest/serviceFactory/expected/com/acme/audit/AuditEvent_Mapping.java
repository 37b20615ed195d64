package com.acme.audit;

import dev.noormme.config.Dialect;
import dev.noormme.internal.Columns;
import dev.noormme.internal.EntityMapping;
import dev.noormme.internal.MappingSql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The table mapping of {@link AuditEvent}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class AuditEvent_Mapping implements EntityMapping<AuditEvent, String> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final AuditEvent_Mapping INSTANCE = new AuditEvent_Mapping();

    private static final String TABLE = "audit_event";

    private static final String ID_COLUMN = "id";

    private static final MappingSql SQLITE_SQL = MappingSql.builder()
            .schema("CREATE TABLE IF NOT EXISTS `audit_event` (`id` TEXT PRIMARY KEY NOT NULL, `message` TEXT)")
            .select("SELECT `id`, `message` FROM `audit_event`")
            .selectById("SELECT `id`, `message` FROM `audit_event` WHERE `id` = ?")
            .selectAll("SELECT `id`, `message` FROM `audit_event` ORDER BY `id`")
            .insert("INSERT INTO `audit_event` (`id`, `message`) VALUES (?, ?)")
            .update("UPDATE `audit_event` SET `message` = ? WHERE `id` = ?")
            .upsert("INSERT INTO `audit_event` (`id`, `message`) VALUES (?, ?) ON CONFLICT (`id`) DO UPDATE SET `message` = excluded.`message`")
            .deleteById("DELETE FROM `audit_event` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `audit_event`")
            .existsById("SELECT EXISTS(SELECT 1 FROM `audit_event` WHERE `id` = ?)")
            .build();

    private static final MappingSql POSTGRESQL_SQL = MappingSql.builder()
            .schema("CREATE TABLE IF NOT EXISTS \"audit_event\" (\"id\" TEXT COLLATE \"C\" PRIMARY KEY, \"message\" TEXT COLLATE \"C\")")
            .select("SELECT \"id\", \"message\" FROM \"audit_event\"")
            .selectById("SELECT \"id\", \"message\" FROM \"audit_event\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"message\" FROM \"audit_event\" ORDER BY \"id\"")
            .insert("INSERT INTO \"audit_event\" (\"id\", \"message\") VALUES (?, ?)")
            .update("UPDATE \"audit_event\" SET \"message\" = ? WHERE \"id\" = ?")
            .upsert("INSERT INTO \"audit_event\" (\"id\", \"message\") VALUES (?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"message\" = EXCLUDED.\"message\"")
            .deleteById("DELETE FROM \"audit_event\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"audit_event\"")
            .existsById("SELECT EXISTS(SELECT 1 FROM \"audit_event\" WHERE \"id\" = ?)")
            .build();

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private AuditEvent_Mapping() {
    }

    @Override
    public String table() {
        return TABLE;
    }

    @Override
    public String idColumn() {
        return ID_COLUMN;
    }

    @Override
    public boolean generatedId() {
        return false;
    }

    @Override
    public Map<String, String> columnsByProperty() {
        return COLUMNS_BY_PROPERTY;
    }

    @Override
    public MappingSql sql(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE_SQL;
            case POSTGRESQL -> POSTGRESQL_SQL;
        };
    }

    @Override
    public String id(AuditEvent entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(AuditEvent entity) {
        return entity.id() == null;
    }

    @Override
    public AuditEvent withGeneratedId(AuditEvent entity, long id) {
        throw new IllegalStateException("Table audit_event has no generated id: its @Id id is supplied by the caller");
    }

    @Override
    public void bindId(PreparedStatement statement, int index, String id) throws SQLException {
        Columns.setString(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, AuditEvent entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.message());
        return first + 1;
    }

    @Override
    public AuditEvent read(ResultSet row) throws SQLException {
        return new AuditEvent(
                row.getString(1),
                row.getString(2));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("message", "message");
        return Collections.unmodifiableMap(columns);
    }
}

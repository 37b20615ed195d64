package com.acme.audit;

import dev.noormme.internal.Columns;
import dev.noormme.internal.EntityMapping;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `audit_event` (`id` TEXT PRIMARY KEY NOT NULL, `message` TEXT)";

    private static final String SELECT_SQL = "SELECT `id`, `message` FROM `audit_event`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `message` FROM `audit_event` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `message` FROM `audit_event` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `audit_event` (`id`, `message`) VALUES (?, ?)";

    private static final String UPDATE_SQL = "UPDATE `audit_event` SET `message` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `audit_event` (`id`, `message`) VALUES (?, ?) ON CONFLICT (`id`) DO UPDATE SET `message` = excluded.`message`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `audit_event` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `audit_event`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `audit_event` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

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
    public List<String> schema() {
        return SCHEMA;
    }

    @Override
    public String selectSql() {
        return SELECT_SQL;
    }

    @Override
    public String selectByIdSql() {
        return SELECT_BY_ID_SQL;
    }

    @Override
    public String selectAllSql() {
        return SELECT_ALL_SQL;
    }

    @Override
    public String insertSql() {
        return INSERT_SQL;
    }

    @Override
    public String insertWithoutIdSql() {
        return null;
    }

    @Override
    public String insertReturningIdSql() {
        return null;
    }

    @Override
    public String updateSql() {
        return UPDATE_SQL;
    }

    @Override
    public String upsertSql() {
        return UPSERT_SQL;
    }

    @Override
    public String deleteByIdSql() {
        return DELETE_BY_ID_SQL;
    }

    @Override
    public String countSql() {
        return COUNT_SQL;
    }

    @Override
    public String existsByIdSql() {
        return EXISTS_BY_ID_SQL;
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

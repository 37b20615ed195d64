package com.acme.events;

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
 * The table mapping of {@link Event}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Event_Mapping implements EntityMapping<Event, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Event_Mapping INSTANCE = new Event_Mapping();

    private static final String TABLE = "events";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `events` (`id` INTEGER PRIMARY KEY, `kind` TEXT, `created_at` TEXT)";

    private static final String CREATE_INDEX_1_SQL = "CREATE INDEX IF NOT EXISTS `events_created_at_idx` ON `events` (`created_at`)";

    private static final String SELECT_SQL = "SELECT `id`, `kind`, `created_at` FROM `events`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `kind`, `created_at` FROM `events` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `kind`, `created_at` FROM `events` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `events` (`id`, `kind`, `created_at`) VALUES (?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `events` (`kind`, `created_at`) VALUES (?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `events` (`kind`, `created_at`) VALUES (?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `events` SET `kind` = ?, `created_at` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `events` (`id`, `kind`, `created_at`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `kind` = excluded.`kind`, `created_at` = excluded.`created_at`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `events` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `events`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `events` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL, CREATE_INDEX_1_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Event_Mapping() {
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
        return true;
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
        return INSERT_WITHOUT_ID_SQL;
    }

    @Override
    public String insertReturningIdSql() {
        return INSERT_RETURNING_ID_SQL;
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
    public Long id(Event entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Event entity) {
        return entity.id() == null;
    }

    @Override
    public Event withGeneratedId(Event entity, long id) {
        return new Event(id, entity.kind(), entity.createdAt());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Event entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.kind());
        Columns.setInstant(statement, first + 1, entity.createdAt());
        return first + 2;
    }

    @Override
    public Event read(ResultSet row) throws SQLException {
        return new Event(
                row.getLong(1),
                row.getString(2),
                Columns.getInstant(row, 3));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("kind", "kind");
        columns.put("createdAt", "created_at");
        return Collections.unmodifiableMap(columns);
    }
}

package com.acme.payments;

import dev.noormme.internal.Columns;
import dev.noormme.internal.EntityMapping;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The table mapping of {@link Payment}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Payment_Mapping implements EntityMapping<Payment, UUID> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Payment_Mapping INSTANCE = new Payment_Mapping();

    private static final String TABLE = "payments";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `payments` (`id` TEXT PRIMARY KEY NOT NULL, `user_id` INTEGER NOT NULL, `amount` TEXT COLLATE DECIMAL)";

    private static final String SELECT_SQL = "SELECT `id`, `user_id`, `amount` FROM `payments`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `user_id`, `amount` FROM `payments` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `user_id`, `amount` FROM `payments` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `payments` (`id`, `user_id`, `amount`) VALUES (?, ?, ?)";

    private static final String UPDATE_SQL = "UPDATE `payments` SET `user_id` = ?, `amount` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `payments` (`id`, `user_id`, `amount`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `user_id` = excluded.`user_id`, `amount` = excluded.`amount`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `payments` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `payments`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `payments` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Payment_Mapping() {
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
    public UUID id(Payment entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Payment entity) {
        return entity.id() == null;
    }

    @Override
    public Payment withGeneratedId(Payment entity, long id) {
        throw new IllegalStateException("Table payments has no generated id: its @Id id is supplied by the caller");
    }

    @Override
    public void bindId(PreparedStatement statement, int index, UUID id) throws SQLException {
        Columns.setUuid(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Payment entity, int first) throws
            SQLException {
        statement.setLong(first, entity.userId());
        Columns.setBigDecimal(statement, first + 1, entity.amount());
        return first + 2;
    }

    @Override
    public Payment read(ResultSet row) throws SQLException {
        return new Payment(
                Columns.getUuid(row, 1),
                row.getLong(2),
                Columns.getBigDecimal(row, 3));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("userId", "user_id");
        columns.put("amount", "amount");
        return Collections.unmodifiableMap(columns);
    }
}

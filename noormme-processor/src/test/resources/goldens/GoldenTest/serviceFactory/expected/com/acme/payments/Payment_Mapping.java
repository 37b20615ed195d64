package com.acme.payments;

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

    private static final MappingSql SQLITE_SQL = MappingSql.builder()
            .schema("CREATE TABLE IF NOT EXISTS `payments` (`id` TEXT PRIMARY KEY NOT NULL, `user_id` INTEGER NOT NULL, `amount` TEXT COLLATE DECIMAL)")
            .select("SELECT `id`, `user_id`, `amount` FROM `payments`")
            .selectById("SELECT `id`, `user_id`, `amount` FROM `payments` WHERE `id` = ?")
            .selectAll("SELECT `id`, `user_id`, `amount` FROM `payments` ORDER BY `id`")
            .insert("INSERT INTO `payments` (`id`, `user_id`, `amount`) VALUES (?, ?, ?)")
            .update("UPDATE `payments` SET `user_id` = ?, `amount` = ? WHERE `id` = ?")
            .upsert("INSERT INTO `payments` (`id`, `user_id`, `amount`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `user_id` = excluded.`user_id`, `amount` = excluded.`amount`")
            .deleteById("DELETE FROM `payments` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `payments`")
            .existsById("SELECT EXISTS(SELECT 1 FROM `payments` WHERE `id` = ?)")
            .build();

    private static final MappingSql POSTGRESQL_SQL = MappingSql.builder()
            .schema("CREATE TABLE IF NOT EXISTS \"payments\" (\"id\" UUID PRIMARY KEY, \"user_id\" BIGINT NOT NULL, \"amount\" NUMERIC)")
            .select("SELECT \"id\", \"user_id\", \"amount\" FROM \"payments\"")
            .selectById("SELECT \"id\", \"user_id\", \"amount\" FROM \"payments\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"user_id\", \"amount\" FROM \"payments\" ORDER BY \"id\"")
            .insert("INSERT INTO \"payments\" (\"id\", \"user_id\", \"amount\") VALUES (?, ?, ?)")
            .update("UPDATE \"payments\" SET \"user_id\" = ?, \"amount\" = ? WHERE \"id\" = ?")
            .upsert("INSERT INTO \"payments\" (\"id\", \"user_id\", \"amount\") VALUES (?, ?, ?) ON CONFLICT (\"id\") DO UPDATE SET \"user_id\" = EXCLUDED.\"user_id\", \"amount\" = EXCLUDED.\"amount\"")
            .deleteById("DELETE FROM \"payments\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"payments\"")
            .existsById("SELECT EXISTS(SELECT 1 FROM \"payments\" WHERE \"id\" = ?)")
            .build();

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
    public MappingSql sql(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE_SQL;
            case POSTGRESQL -> POSTGRESQL_SQL;
        };
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

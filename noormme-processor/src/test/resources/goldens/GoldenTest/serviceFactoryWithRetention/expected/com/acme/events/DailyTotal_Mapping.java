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
 * The table mapping of {@link DailyTotal}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class DailyTotal_Mapping implements EntityMapping<DailyTotal, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final DailyTotal_Mapping INSTANCE = new DailyTotal_Mapping();

    private static final String TABLE = "daily_totals";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `daily_totals` (`id` INTEGER PRIMARY KEY, `day` TEXT, `total` INTEGER NOT NULL)";

    private static final String SELECT_SQL = "SELECT `id`, `day`, `total` FROM `daily_totals`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `day`, `total` FROM `daily_totals` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `day`, `total` FROM `daily_totals` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `daily_totals` (`id`, `day`, `total`) VALUES (?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `daily_totals` (`day`, `total`) VALUES (?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `daily_totals` (`day`, `total`) VALUES (?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `daily_totals` SET `day` = ?, `total` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `daily_totals` (`id`, `day`, `total`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `day` = excluded.`day`, `total` = excluded.`total`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `daily_totals` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `daily_totals`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `daily_totals` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private DailyTotal_Mapping() {
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
    public Long id(DailyTotal entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(DailyTotal entity) {
        return entity.id() == null;
    }

    @Override
    public DailyTotal withGeneratedId(DailyTotal entity, long id) {
        return new DailyTotal(id, entity.day(), entity.total());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, DailyTotal entity, int first) throws
            SQLException {
        Columns.setLocalDate(statement, first, entity.day());
        statement.setLong(first + 1, entity.total());
        return first + 2;
    }

    @Override
    public DailyTotal read(ResultSet row) throws SQLException {
        return new DailyTotal(
                row.getLong(1),
                Columns.getLocalDate(row, 2),
                row.getLong(3));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("day", "day");
        columns.put("total", "total");
        return Collections.unmodifiableMap(columns);
    }
}

package com.acme.shop;

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
 * The table mapping of {@link Review}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Review_Mapping implements EntityMapping<Review, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Review_Mapping INSTANCE = new Review_Mapping();

    private static final String TABLE = "reviews";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `reviews` (`id` INTEGER PRIMARY KEY, `product_id` INTEGER NOT NULL, `stars` INTEGER NOT NULL)";

    private static final String SELECT_SQL = "SELECT `id`, `product_id`, `stars` FROM `reviews`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `product_id`, `stars` FROM `reviews` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `product_id`, `stars` FROM `reviews` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `reviews` (`id`, `product_id`, `stars`) VALUES (?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `reviews` (`product_id`, `stars`) VALUES (?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `reviews` (`product_id`, `stars`) VALUES (?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `reviews` SET `product_id` = ?, `stars` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `reviews` (`id`, `product_id`, `stars`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `product_id` = excluded.`product_id`, `stars` = excluded.`stars`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `reviews` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `reviews`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `reviews` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Review_Mapping() {
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
    public Long id(Review entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Review entity) {
        return entity.id() == null;
    }

    @Override
    public Review withGeneratedId(Review entity, long id) {
        return new Review(id, entity.productId(), entity.stars());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Review entity, int first) throws
            SQLException {
        statement.setLong(first, entity.productId());
        statement.setInt(first + 1, entity.stars());
        return first + 2;
    }

    @Override
    public Review read(ResultSet row) throws SQLException {
        return new Review(
                row.getLong(1),
                row.getLong(2),
                row.getInt(3));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("productId", "product_id");
        columns.put("stars", "stars");
        return Collections.unmodifiableMap(columns);
    }
}

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
 * The table mapping of {@link OrderLine}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class OrderLine_Mapping implements EntityMapping<OrderLine, Integer> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final OrderLine_Mapping INSTANCE = new OrderLine_Mapping();

    private static final String TABLE = "order_line";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `order_line` (`id` INTEGER PRIMARY KEY, `product` TEXT NOT NULL, `shipped` INTEGER NOT NULL, `price` TEXT COLLATE DECIMAL)";

    private static final String SELECT_SQL = "SELECT `id`, `product`, `shipped`, `price` FROM `order_line`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `product`, `shipped`, `price` FROM `order_line` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `product`, `shipped`, `price` FROM `order_line` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `order_line` (`id`, `product`, `shipped`, `price`) VALUES (?, ?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `order_line` (`product`, `shipped`, `price`) VALUES (?, ?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `order_line` (`product`, `shipped`, `price`) VALUES (?, ?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `order_line` SET `product` = ?, `shipped` = ?, `price` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `order_line` (`id`, `product`, `shipped`, `price`) VALUES (?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `product` = excluded.`product`, `shipped` = excluded.`shipped`, `price` = excluded.`price`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `order_line` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `order_line`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `order_line` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private OrderLine_Mapping() {
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
    public Integer id(OrderLine entity) {
        return entity.getId();
    }

    @Override
    public boolean hasNoId(OrderLine entity) {
        return entity.getId() == 0;
    }

    @Override
    public OrderLine withGeneratedId(OrderLine entity, long id) {
        entity.setId((int) id);
        return entity;
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Integer id) throws SQLException {
        Columns.setInteger(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, OrderLine entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.getProduct());
        statement.setInt(first + 1, entity.isShipped() ? 1 : 0);
        Columns.setBigDecimal(statement, first + 2, entity.price);
        return first + 3;
    }

    @Override
    public OrderLine read(ResultSet row) throws SQLException {
        OrderLine entity = new OrderLine();
        entity.setId(row.getInt(1));
        entity.setProduct(row.getString(2));
        entity.setShipped(Columns.getPrimitiveBoolean(row, 3));
        entity.price = Columns.getBigDecimal(row, 4);
        return entity;
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("product", "product");
        columns.put("shipped", "shipped");
        columns.put("price", "price");
        return Collections.unmodifiableMap(columns);
    }
}

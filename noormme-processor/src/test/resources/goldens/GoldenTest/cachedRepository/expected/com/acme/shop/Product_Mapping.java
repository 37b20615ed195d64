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
 * The table mapping of {@link Product}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Product_Mapping implements EntityMapping<Product, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Product_Mapping INSTANCE = new Product_Mapping();

    private static final String TABLE = "products";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `products` (`id` INTEGER PRIMARY KEY, `name` TEXT, `category` TEXT, `price_cents` INTEGER NOT NULL)";

    private static final String SELECT_SQL = "SELECT `id`, `name`, `category`, `price_cents` FROM `products`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `name`, `category`, `price_cents` FROM `products` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `name`, `category`, `price_cents` FROM `products` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `products` (`id`, `name`, `category`, `price_cents`) VALUES (?, ?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `products` (`name`, `category`, `price_cents`) VALUES (?, ?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `products` (`name`, `category`, `price_cents`) VALUES (?, ?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `products` SET `name` = ?, `category` = ?, `price_cents` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `products` (`id`, `name`, `category`, `price_cents`) VALUES (?, ?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `category` = excluded.`category`, `price_cents` = excluded.`price_cents`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `products` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `products`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `products` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Product_Mapping() {
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
    public Long id(Product entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Product entity) {
        return entity.id() == null;
    }

    @Override
    public Product withGeneratedId(Product entity, long id) {
        return new Product(id, entity.name(), entity.category(), entity.priceCents());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Product entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.name());
        Columns.setString(statement, first + 1, entity.category());
        statement.setLong(first + 2, entity.priceCents());
        return first + 3;
    }

    @Override
    public Product read(ResultSet row) throws SQLException {
        return new Product(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getLong(4));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("name", "name");
        columns.put("category", "category");
        columns.put("priceCents", "price_cents");
        return Collections.unmodifiableMap(columns);
    }
}

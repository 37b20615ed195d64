package com.acme.billing;

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
 * The table mapping of {@link Customer}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Customer_Mapping implements EntityMapping<Customer, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Customer_Mapping INSTANCE = new Customer_Mapping();

    private static final String TABLE = "customers";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `customers` (`id` INTEGER PRIMARY KEY, `name` TEXT, `city` TEXT)";

    private static final String SELECT_SQL = "SELECT `id`, `name`, `city` FROM `customers`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `name`, `city` FROM `customers` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `name`, `city` FROM `customers` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `customers` (`id`, `name`, `city`) VALUES (?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `customers` (`name`, `city`) VALUES (?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `customers` (`name`, `city`) VALUES (?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `customers` SET `name` = ?, `city` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `customers` (`id`, `name`, `city`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `city` = excluded.`city`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `customers` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `customers`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `customers` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Customer_Mapping() {
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
    public Long id(Customer entity) {
        return entity.id;
    }

    @Override
    public boolean hasNoId(Customer entity) {
        return entity.id == null;
    }

    @Override
    public Customer withGeneratedId(Customer entity, long id) {
        entity.id = id;
        return entity;
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Customer entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.name);
        Columns.setString(statement, first + 1, entity.city);
        return first + 2;
    }

    @Override
    public Customer read(ResultSet row) throws SQLException {
        Customer entity = new Customer();
        entity.id = row.getLong(1);
        entity.name = row.getString(2);
        entity.city = row.getString(3);
        return entity;
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("name", "name");
        columns.put("city", "city");
        return Collections.unmodifiableMap(columns);
    }
}

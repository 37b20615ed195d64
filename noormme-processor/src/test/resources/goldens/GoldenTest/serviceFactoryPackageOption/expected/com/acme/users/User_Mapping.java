package com.acme.users;

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
 * The table mapping of {@link User}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class User_Mapping implements EntityMapping<User, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final User_Mapping INSTANCE = new User_Mapping();

    private static final String TABLE = "users";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `users` (`id` INTEGER PRIMARY KEY, `email` TEXT)";

    private static final String SELECT_SQL = "SELECT `id`, `email` FROM `users`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `email` FROM `users` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `email` FROM `users` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `users` (`id`, `email`) VALUES (?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `users` (`email`) VALUES (?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `users` (`email`) VALUES (?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `users` SET `email` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `users` (`id`, `email`) VALUES (?, ?) ON CONFLICT (`id`) DO UPDATE SET `email` = excluded.`email`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `users` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `users`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `users` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private User_Mapping() {
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
    public Long id(User entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(User entity) {
        return entity.id() == null;
    }

    @Override
    public User withGeneratedId(User entity, long id) {
        return new User(id, entity.email());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, User entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.email());
        return first + 1;
    }

    @Override
    public User read(ResultSet row) throws SQLException {
        return new User(
                row.getLong(1),
                row.getString(2));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("email", "email");
        return Collections.unmodifiableMap(columns);
    }
}

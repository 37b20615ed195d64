package com.acme.blog;

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
 * The table mapping of {@link Blog.Post}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Blog_Post_Mapping implements EntityMapping<Blog.Post, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Blog_Post_Mapping INSTANCE = new Blog_Post_Mapping();

    private static final String TABLE = "posts";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `posts` (`id` INTEGER PRIMARY KEY, `title` TEXT, `published_at` TEXT)";

    private static final String SELECT_SQL = "SELECT `id`, `title`, `published_at` FROM `posts`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `title`, `published_at` FROM `posts` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `title`, `published_at` FROM `posts` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `posts` (`id`, `title`, `published_at`) VALUES (?, ?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `posts` (`title`, `published_at`) VALUES (?, ?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `posts` (`title`, `published_at`) VALUES (?, ?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `posts` SET `title` = ?, `published_at` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `posts` (`id`, `title`, `published_at`) VALUES (?, ?, ?) ON CONFLICT (`id`) DO UPDATE SET `title` = excluded.`title`, `published_at` = excluded.`published_at`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `posts` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `posts`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `posts` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Blog_Post_Mapping() {
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
    public Long id(Blog.Post entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Blog.Post entity) {
        return entity.id() == 0;
    }

    @Override
    public Blog.Post withGeneratedId(Blog.Post entity, long id) {
        return new Blog.Post(id, entity.title(), entity.publishedAt());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Blog.Post entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.title());
        Columns.setInstant(statement, first + 1, entity.publishedAt());
        return first + 2;
    }

    @Override
    public Blog.Post read(ResultSet row) throws SQLException {
        return new Blog.Post(
                row.getLong(1),
                row.getString(2),
                Columns.getInstant(row, 3));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("title", "title");
        columns.put("publishedAt", "published_at");
        return Collections.unmodifiableMap(columns);
    }
}

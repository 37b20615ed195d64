package com.acme.notes;

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
 * The table mapping of {@link Note}: its SQL, binder and row reader.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Note_Mapping implements EntityMapping<Note, Long> {
    /**
     * The only instance: mappings are stateless.
     */
    public static final Note_Mapping INSTANCE = new Note_Mapping();

    private static final String TABLE = "notes";

    private static final String ID_COLUMN = "id";

    private static final String CREATE_TABLE_SQL = "CREATE TABLE IF NOT EXISTS `notes` (`id` INTEGER PRIMARY KEY, `title` TEXT)";

    private static final String SELECT_SQL = "SELECT `id`, `title` FROM `notes`";

    private static final String SELECT_BY_ID_SQL = "SELECT `id`, `title` FROM `notes` WHERE `id` = ?";

    private static final String SELECT_ALL_SQL = "SELECT `id`, `title` FROM `notes` ORDER BY `id`";

    private static final String INSERT_SQL = "INSERT INTO `notes` (`id`, `title`) VALUES (?, ?)";

    private static final String INSERT_WITHOUT_ID_SQL = "INSERT INTO `notes` (`title`) VALUES (?)";

    private static final String INSERT_RETURNING_ID_SQL = "INSERT INTO `notes` (`title`) VALUES (?) RETURNING `id`";

    private static final String UPDATE_SQL = "UPDATE `notes` SET `title` = ? WHERE `id` = ?";

    private static final String UPSERT_SQL = "INSERT INTO `notes` (`id`, `title`) VALUES (?, ?) ON CONFLICT (`id`) DO UPDATE SET `title` = excluded.`title`";

    private static final String DELETE_BY_ID_SQL = "DELETE FROM `notes` WHERE `id` = ?";

    private static final String COUNT_SQL = "SELECT COUNT(*) FROM `notes`";

    private static final String EXISTS_BY_ID_SQL = "SELECT EXISTS(SELECT 1 FROM `notes` WHERE `id` = ?)";

    private static final List<String> SCHEMA = List.of(CREATE_TABLE_SQL);

    private static final Map<String, String> COLUMNS_BY_PROPERTY = columnsByPropertyInColumnOrder();

    private Note_Mapping() {
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
    public Long id(Note entity) {
        return entity.id();
    }

    @Override
    public boolean hasNoId(Note entity) {
        return entity.id() == null;
    }

    @Override
    public Note withGeneratedId(Note entity, long id) {
        return new Note(id, entity.title());
    }

    @Override
    public void bindId(PreparedStatement statement, int index, Long id) throws SQLException {
        Columns.setLong(statement, index, id);
    }

    @Override
    public int bindColumns(PreparedStatement statement, Note entity, int first) throws
            SQLException {
        Columns.setString(statement, first, entity.title());
        return first + 1;
    }

    @Override
    public Note read(ResultSet row) throws SQLException {
        return new Note(
                row.getLong(1),
                row.getString(2));
    }

    private static Map<String, String> columnsByPropertyInColumnOrder() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", "id");
        columns.put("title", "title");
        return Collections.unmodifiableMap(columns);
    }
}

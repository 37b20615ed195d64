package dev.noormme.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Everything the runtime needs to know about one {@code @Table} entity, fixed at compile time.
 * The processor writes one implementation per entity ({@code User_Mapping} for {@code User});
 * every SQL string is a constant of that class, every column position is fixed, and no method
 * looks anything up by name.
 *
 * <p>Column order: the id column first, then every other column in declaration order. "Other
 * columns" below means every column but the id. Implementations are stateless and thread-safe.
 *
 * @param <T> the entity
 * @param <ID> the type of its id
 */
public interface EntityMapping<T, ID> {

    /** The table name. */
    String table();

    /** The id column's name. */
    String idColumn();

    /** True when SQLite generates the id: an {@code INTEGER PRIMARY KEY} with a numeric Java id. */
    boolean generatedId();

    /** Java property name to column name, for every column in column order, id first. */
    Map<String, String> columnsByProperty();

    /** {@code CREATE TABLE IF NOT EXISTS} then one {@code CREATE INDEX IF NOT EXISTS} per index. */
    List<String> schema();

    /** {@code SELECT <all columns> FROM <table>}: the start of every query that reads rows. */
    String selectSql();

    /** {@code SELECT <all columns> FROM <table> WHERE <id> = ?}. */
    String selectByIdSql();

    /** {@code SELECT <all columns> FROM <table> ORDER BY <id>}. */
    String selectAllSql();

    /** {@code INSERT INTO <table> (<id>, <other columns>) VALUES (?, ...)}. */
    String insertSql();

    /**
     * {@code INSERT INTO <table> (<other columns>) VALUES (?, ...)}, for a generated id; no
     * {@code RETURNING}, so it can be batched. Null when {@link #generatedId()} is false.
     */
    String insertWithoutIdSql();

    /** {@link #insertWithoutIdSql()} followed by {@code RETURNING <id>}; null when the id is not generated. */
    String insertReturningIdSql();

    /** {@code UPDATE <table> SET <other column> = ?, ... WHERE <id> = ?}. */
    String updateSql();

    /**
     * {@code INSERT INTO <table> (<id>, <other columns>) VALUES (?, ...) ON CONFLICT (<id>) DO
     * UPDATE SET <other column> = excluded.<other column>, ...} (DO NOTHING when there are no
     * other columns); bound like {@link #insertSql()}.
     */
    String upsertSql();

    /** {@code DELETE FROM <table> WHERE <id> = ?}. */
    String deleteByIdSql();

    /** {@code SELECT COUNT(*) FROM <table>}. */
    String countSql();

    /** {@code SELECT EXISTS(SELECT 1 FROM <table> WHERE <id> = ?)}. */
    String existsByIdSql();

    /** The entity's id; null when it has none (for a primitive id, the boxed value). */
    ID id(T entity);

    /** True when the entity carries no id yet: null, or 0 for a primitive id. */
    boolean hasNoId(T entity);

    /**
     * The entity with a generated id: a new instance for a record, the same instance with its id
     * set for a class.
     */
    T withGeneratedId(T entity, long id);

    /** Binds the id to parameter {@code index}. */
    void bindId(PreparedStatement statement, int index, ID id) throws SQLException;

    /**
     * Binds every other column of the entity, in column order, from parameter {@code first};
     * returns the index of the next parameter.
     */
    int bindColumns(PreparedStatement statement, T entity, int first) throws SQLException;

    /** Reads the current row, whose columns are in column order from 1 ({@link #selectSql()}). */
    T read(ResultSet row) throws SQLException;
}

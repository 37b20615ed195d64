package dev.noormme.internal;

import dev.noormme.config.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * True when the database generates the id: a numeric Java id ({@code INTEGER PRIMARY KEY} on
     * SQLite, an identity column on PostgreSQL).
     */
    boolean generatedId();

    /** Java property name to column name, for every column in column order, id first. */
    Map<String, String> columnsByProperty();

    /**
     * The entity's statements in {@code dialect}: its schema and its CRUD SQL. The generated
     * mapping holds one constant {@link MappingSql} per dialect.
     */
    MappingSql sql(Dialect dialect);

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

    /** Reads the current row, whose columns are in column order from 1 ({@link MappingSql#select()}). */
    T read(ResultSet row) throws SQLException;
}

package dev.noormme.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The operations every {@code @Repository} interface inherits. The annotation processor writes
 * their implementation; it uses no reflection, binds every value, and joins the calling thread's
 * transaction when there is one.
 *
 * <p>Implementations are thread-safe: one instance may be shared by every thread.
 *
 * @param <T> the {@code @Table} entity
 * @param <ID> the type of its {@code @Id}
 */
public interface CrudRepository<T, ID> {

    /** Inserts the entity and returns it with its generated id (records: a new instance). */
    T insert(T entity);

    /**
     * Inserts all entities in one transaction with one batched prepared statement, and returns
     * them, in order, with their generated ids.
     */
    List<T> insertAll(Collection<T> entities);

    /** Inserts the entity, or updates the row when its id already exists (an upsert). */
    T save(T entity);

    /** Updates the row with the entity's id; false when no row had that id. */
    boolean update(T entity);

    /** Deletes the row with that id; false when no row had it. */
    boolean deleteById(ID id);

    /** The row with that id, or empty. */
    Optional<T> findById(ID id);

    /** Every row, ordered by id. */
    List<T> findAll();

    /** One page of rows, ordered by id unless the request has a sort. */
    Page<T> findAll(PageRequest request);

    /** The number of rows. */
    long count();

    /** True when a row has that id. */
    boolean existsById(ID id);
}

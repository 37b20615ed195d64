package dev.noormme.internal;

import dev.noormme.Database;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SKELETON: the runtime helper replaces this body. Signatures are the contract with generated code. */
public final class RepositorySupport<T, ID> {

    public RepositorySupport(Database database, EntityMapping<T, ID> mapping) {
        throw new UnsupportedOperationException("skeleton");
    }

    public T insert(T entity) { throw new UnsupportedOperationException(); }
    public List<T> insertAll(Collection<T> entities) { throw new UnsupportedOperationException(); }
    public T save(T entity) { throw new UnsupportedOperationException(); }
    public boolean update(T entity) { throw new UnsupportedOperationException(); }
    public boolean deleteById(ID id) { throw new UnsupportedOperationException(); }
    public Optional<T> findById(ID id) { throw new UnsupportedOperationException(); }
    public List<T> findAll() { throw new UnsupportedOperationException(); }
    public Page<T> findAll(PageRequest request) { throw new UnsupportedOperationException(); }
    public long count() { throw new UnsupportedOperationException(); }
    public boolean existsById(ID id) { throw new UnsupportedOperationException(); }
}

package com.acme.users;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link UsersRepository}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class UsersRepository_Impl implements UsersRepository {
    private final RepositorySupport<User, Long> support;

    public UsersRepository_Impl(Database database) {
        this.support = new RepositorySupport<>(database, User_Mapping.INSTANCE, "UsersRepository");
    }

    @Override
    public User insert(User entity) {
        return support.insert(entity);
    }

    @Override
    public List<User> insertAll(Collection<User> entities) {
        return support.insertAll(entities);
    }

    @Override
    public User save(User entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(User entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<User> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<User> findAll() {
        return support.findAll();
    }

    @Override
    public Page<User> findAll(PageRequest request) {
        return support.findAll(request);
    }

    @Override
    public long count() {
        return support.count();
    }

    @Override
    public boolean existsById(Long id) {
        return support.existsById(id);
    }
}

package com.acme.events;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link DailyTotalsRepository}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class DailyTotalsRepository_Impl implements DailyTotalsRepository {
    private final RepositorySupport<DailyTotal, Long> support;

    public DailyTotalsRepository_Impl(Database database) {
        this.support = new RepositorySupport<>(database, DailyTotal_Mapping.INSTANCE, "DailyTotalsRepository");
    }

    @Override
    public DailyTotal insert(DailyTotal entity) {
        return support.insert(entity);
    }

    @Override
    public List<DailyTotal> insertAll(Collection<DailyTotal> entities) {
        return support.insertAll(entities);
    }

    @Override
    public DailyTotal save(DailyTotal entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(DailyTotal entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<DailyTotal> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<DailyTotal> findAll() {
        return support.findAll();
    }

    @Override
    public Page<DailyTotal> findAll(PageRequest request) {
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

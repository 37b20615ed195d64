package com.acme.payments;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link PaymentsRepository}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class PaymentsRepository_Impl implements PaymentsRepository {
    private final RepositorySupport<Payment, UUID> support;

    public PaymentsRepository_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Payment_Mapping.INSTANCE, "PaymentsRepository");
    }

    @Override
    public Payment insert(Payment entity) {
        return support.insert(entity);
    }

    @Override
    public List<Payment> insertAll(Collection<Payment> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Payment save(Payment entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Payment entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(UUID id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Payment> findById(UUID id) {
        return support.findById(id);
    }

    @Override
    public List<Payment> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Payment> findAll(PageRequest request) {
        return support.findAll(request);
    }

    @Override
    public long count() {
        return support.count();
    }

    @Override
    public boolean existsById(UUID id) {
        return support.existsById(id);
    }
}

package com.acme.shop;

import dev.noormme.Database;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link OrderLines}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class OrderLines_Impl implements OrderLines {
    private final RepositorySupport<OrderLine, Integer> support;

    public OrderLines_Impl(Database database) {
        this.support = new RepositorySupport<>(database, OrderLine_Mapping.INSTANCE, "OrderLines");
    }

    @Override
    public OrderLine insert(OrderLine entity) {
        return support.insert(entity);
    }

    @Override
    public List<OrderLine> insertAll(Collection<OrderLine> entities) {
        return support.insertAll(entities);
    }

    @Override
    public OrderLine save(OrderLine entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(OrderLine entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Integer id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<OrderLine> findById(Integer id) {
        return support.findById(id);
    }

    @Override
    public List<OrderLine> findAll() {
        return support.findAll();
    }

    @Override
    public Page<OrderLine> findAll(PageRequest request) {
        return support.findAll(request);
    }

    @Override
    public long count() {
        return support.count();
    }

    @Override
    public boolean existsById(Integer id) {
        return support.existsById(id);
    }
}

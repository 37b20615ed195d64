package com.acme.billing;

import dev.noormme.Database;
import dev.noormme.internal.Columns;
import dev.noormme.internal.DialectSql;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link Customers}. Thread-safe: one instance may be
 * shared by every thread; each call joins the calling thread's transaction.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class Customers_Impl implements Customers {
    private static final DialectSql NAMED_SQL = DialectSql.portable("SELECT city, name, id FROM customers WHERE name = ?");

    private final RepositorySupport<Customer, Long> support;

    public Customers_Impl(Database database) {
        this.support = new RepositorySupport<>(database, Customer_Mapping.INSTANCE, "Customers");
    }

    @Override
    public Customer insert(Customer entity) {
        return support.insert(entity);
    }

    @Override
    public List<Customer> insertAll(Collection<Customer> entities) {
        return support.insertAll(entities);
    }

    @Override
    public Customer save(Customer entity) {
        return support.save(entity);
    }

    @Override
    public boolean update(Customer entity) {
        return support.update(entity);
    }

    @Override
    public boolean deleteById(Long id) {
        return support.deleteById(id);
    }

    @Override
    public Optional<Customer> findById(Long id) {
        return support.findById(id);
    }

    @Override
    public List<Customer> findAll() {
        return support.findAll();
    }

    @Override
    public Page<Customer> findAll(PageRequest request) {
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

    /**
     * Runs {@code NAMED_SQL}. Reads customers.
     */
    @Override
    public Optional<Customer> named(String row) {
        return Optional.ofNullable(support.one("Customers.named", NAMED_SQL, statement -> {
            Columns.setString(statement, 1, row);
            return 2;
        }, row_ -> {
            Customer entity = new Customer();
            entity.id = Columns.getLong(row_, 3);
            entity.name = row_.getString(2);
            entity.city = row_.getString(1);
            return entity;
        }));
    }
}

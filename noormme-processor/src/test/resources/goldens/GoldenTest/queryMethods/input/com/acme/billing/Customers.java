package com.acme.billing;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.Optional;

// Golden inputs show generated code; index advice has its own test.
@Repository
@SuppressWarnings("noormme-index")
public interface Customers extends CrudRepository<Customer, Long> {

    @Query("SELECT city, name, id FROM customers WHERE name = :row")
    Optional<Customer> named(String row);
}

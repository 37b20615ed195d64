package com.acme.billing;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.Optional;

@Repository
public interface Customers extends CrudRepository<Customer, Long> {

    @Query("SELECT city, name, id FROM customers WHERE name = :row")
    Optional<Customer> named(String row);
}

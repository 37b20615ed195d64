package dev.noormme.examples;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

/** Payments; the implementation is generated at compile time. */
@Repository
public interface PaymentsRepository extends CrudRepository<Payment, Long> {
}

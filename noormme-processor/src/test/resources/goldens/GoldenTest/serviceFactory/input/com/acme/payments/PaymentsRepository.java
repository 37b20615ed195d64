package com.acme.payments;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;
import java.util.UUID;

@Repository
public interface PaymentsRepository extends CrudRepository<Payment, UUID> {
}

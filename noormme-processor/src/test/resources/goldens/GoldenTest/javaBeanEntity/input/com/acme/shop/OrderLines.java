package com.acme.shop;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

@Repository
public interface OrderLines extends CrudRepository<OrderLine, Integer> {
}

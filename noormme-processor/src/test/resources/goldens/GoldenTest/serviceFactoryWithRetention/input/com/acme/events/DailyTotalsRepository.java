package com.acme.events;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

@Repository
public interface DailyTotalsRepository extends CrudRepository<DailyTotal, Long> {
}

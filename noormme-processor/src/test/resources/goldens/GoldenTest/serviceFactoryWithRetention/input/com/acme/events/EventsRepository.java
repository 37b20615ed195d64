package com.acme.events;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

@Repository
public interface EventsRepository extends CrudRepository<Event, Long> {
}

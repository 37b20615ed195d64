package dev.noormme.benchmarks;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

/** The events of {@link RetentionPauses}. */
@Repository
public interface EventsRepository extends CrudRepository<Event, Long> {
}

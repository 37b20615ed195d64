package dev.noormme.examples;

import dev.noormme.annotations.Repository;
import dev.noormme.repository.CrudRepository;

/** The audit log; old events are deleted by the optimizer ({@code @RetentionPeriod} on {@link AuditEvent}). */
@Repository
public interface AuditEventsRepository extends CrudRepository<AuditEvent, Long> {
}

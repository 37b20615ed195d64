package dev.noormme.examples;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Index;
import dev.noormme.annotations.RetentionPeriod;
import dev.noormme.annotations.Table;
import java.time.Instant;

/**
 * Something that happened, kept for 90 days: the optimizer's cleanup deletes older events in short
 * batches. The index on created_at lets each batch find its rows without scanning the table.
 */
@Table("audit_events")
@RetentionPeriod(value = "90d", column = "created_at")
@Index(columns = "created_at")
public record AuditEvent(@Id Long id, String action, String subject, Instant createdAt) {

    /** An event not stored yet. */
    public static AuditEvent of(String action, String subject, Instant createdAt) {
        return new AuditEvent(null, action, subject, createdAt);
    }
}

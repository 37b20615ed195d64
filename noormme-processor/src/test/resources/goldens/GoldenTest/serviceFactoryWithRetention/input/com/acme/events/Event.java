package com.acme.events;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Index;
import dev.noormme.annotations.RetentionPeriod;
import dev.noormme.annotations.Table;
import java.time.Instant;

@Table("events")
@RetentionPeriod(value = "90d", column = "created_at")
@Index(columns = "created_at")
public record Event(@Id Long id, String kind, Instant createdAt) {
}

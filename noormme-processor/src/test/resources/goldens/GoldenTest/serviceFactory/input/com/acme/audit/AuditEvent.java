package com.acme.audit;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table
public record AuditEvent(@Id String id, String message) {
}

-- The audit log of AuditEvent, kept for 90 days (@RetentionPeriod); the index serves its cleanup.
CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY,
    action     TEXT,
    subject    TEXT,
    created_at TEXT
);

CREATE INDEX audit_events_created_at_idx ON audit_events (created_at);

-- The first schema: what the User and Payment entities declare, plus the foreign key between them.
-- Money is decimal text compared as numbers (COLLATE DECIMAL); instants are UTC ISO-8601 text.
CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    display_name TEXT,
    created_at   TEXT
);

CREATE TABLE payments (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount     TEXT COLLATE DECIMAL NOT NULL,
    status     TEXT NOT NULL,
    created_at TEXT
);

CREATE INDEX payments_user_id_created_at_idx ON payments (user_id, created_at);

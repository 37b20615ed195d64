-- The first schema: what the User and Payment entities declare, plus the foreign key between them.
CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    display_name TEXT,
    created_at   INTEGER
);

CREATE TABLE payments (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount     TEXT NOT NULL,
    status     TEXT NOT NULL,
    created_at INTEGER
);

CREATE INDEX payments_user_id_created_at_idx ON payments (user_id, created_at);

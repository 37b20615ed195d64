CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX notes_created_at ON notes (created_at);

CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, created_at INTEGER NOT NULL);
CREATE INDEX notes_created_at ON notes (created_at);

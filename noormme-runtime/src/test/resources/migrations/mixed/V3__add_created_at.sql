ALTER TABLE notes ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notes_created_at ON notes (created_at);

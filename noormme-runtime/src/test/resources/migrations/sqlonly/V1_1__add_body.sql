ALTER TABLE notes ADD COLUMN body TEXT;
CREATE INDEX notes_title ON notes (title);

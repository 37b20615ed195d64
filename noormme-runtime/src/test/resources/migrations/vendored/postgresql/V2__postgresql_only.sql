-- CREATE SEQUENCE is PostgreSQL's: SQLite would fail here, which proves this file never runs there.
CREATE SEQUENCE note_numbers;
CREATE TABLE only_on_postgresql (id bigint PRIMARY KEY DEFAULT nextval('note_numbers'));

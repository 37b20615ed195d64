package dev.noormme.config;

/**
 * SQLite's journal modes ({@code PRAGMA journal_mode}). {@link #WAL} is the one that lets the
 * reader pool read while the writer writes; the others serialize readers behind the writer's
 * commits (readers then wait up to the busy timeout).
 */
public enum JournalMode {
    DELETE,
    TRUNCATE,
    PERSIST,
    MEMORY,
    WAL,
    OFF
}

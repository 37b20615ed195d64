package dev.noormme.config;

/**
 * SQLite's {@code PRAGMA synchronous} levels: how often SQLite waits for the disk. In WAL mode
 * {@link #NORMAL} is durable against application crashes and may lose the last commits on power
 * loss; {@link #OFF} is for throw-away databases such as {@link Environment#TEST}.
 */
public enum Synchronous {
    OFF,
    NORMAL,
    FULL,
    EXTRA
}

package dev.noormme.migration;

import dev.noormme.NoormmeException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A migration failed. Its transaction was rolled back. On SQLite, when migrations of the same
 * run had been applied before it, the database was restored from the backup written before the
 * run, so it is exactly as it was before the run ({@link #restoredFrom()}). On PostgreSQL, whose
 * DDL is transactional, the rollback alone undid the failed migration whole, and the migrations
 * applied before it stay applied (no backup is taken there). The message names the version, the
 * description and the underlying message (SQLite's, the PostgreSQL server's, or the Java
 * migration's).
 */
public class MigrationException extends NoormmeException {
    private static final long serialVersionUID = 1L;

    private final String version;
    private final String description;
    private final String reason;
    private final transient Path restoredFrom;

    /**
     * @param version the failed migration's version; null when no single migration failed
     *        (validation, configuration)
     * @param description its description, or null
     * @param reason the underlying message
     * @param restoredFrom the backup the database was restored from, or null
     */
    public MigrationException(String version, String description, String reason, Path restoredFrom, Throwable cause) {
        this(version, description, reason, restoredFrom, restoredFrom == null ? ""
                : ". The database was restored to its state before the run from " + restoredFrom, cause);
    }

    private MigrationException(String version, String description, String reason, Path restoredFrom, String after,
            Throwable cause) {
        super((version == null ? "Migrating failed" : "Migration V" + version + " (" + description + ") failed")
                + ": " + reason + after, cause);
        this.version = version;
        this.description = description;
        this.reason = reason;
        this.restoredFrom = restoredFrom;
    }

    /**
     * A migration that failed on a database with transactional DDL (PostgreSQL): its transaction
     * undid it whole, which the message says in place of a restore.
     */
    static MigrationException rolledBack(String version, String description, String reason, Throwable cause) {
        return new MigrationException(version, description, reason, null, version == null ? ""
                : ". Its transaction was rolled back, DDL included: nothing of V" + version + " remains, and the"
                        + " migrations applied before it stay applied", cause);
    }

    /** The failed migration's version, when one migration failed. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The failed migration's description, when one migration failed. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The underlying message, as SQLite, the PostgreSQL server or the Java migration gave it. */
    public String reason() {
        return reason;
    }

    /**
     * The backup the database was restored from, when a restore was needed. With
     * {@code backupBeforeMigrate} off it was a temporary file, deleted by now.
     */
    public Optional<Path> restoredFrom() {
        return Optional.ofNullable(restoredFrom);
    }
}

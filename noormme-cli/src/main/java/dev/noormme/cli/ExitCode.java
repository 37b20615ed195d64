package dev.noormme.cli;

/**
 * The exit codes of {@code noormme}, one table for every command (README, "Operating a database",
 * and {@code noormme --help}). A command that ran uses 0, 1 and 2 (health's UP, DEGRADED and DOWN,
 * as monitoring tools read them); a command that could not run at all uses the {@code sysexits.h}
 * codes from 64 up, picocli's usage error included, so that a typo in a health probe never reads
 * as a database that is DOWN.
 */
enum ExitCode {
    /** Done; health UP; validate found every migration applied and no problem. */
    OK(0),
    /**
     * The command ran and did not succeed: health DEGRADED, validate not valid, an optimizer step
     * failed, a migration, backup or restore failed, or the database does not support it.
     */
    FAILED(1),
    /** Health DOWN. */
    DOWN(2),
    /** An unknown command or option, or a bad or missing argument. */
    USAGE(64),
    /** The file exists but is not a SQLite database. */
    NOT_A_DATABASE(65),
    /** The database file (or the backup to restore) does not exist, or is not a regular file. */
    NO_INPUT(66),
    /** The database is locked by another connection, or the PostgreSQL server cannot be reached. */
    UNAVAILABLE(69),
    /** An unexpected error inside noormme: a bug to report, with the trace --verbose prints. */
    SOFTWARE(70),
    /** The backup's target exists (give --force to replace it) or its folder does not. */
    CANNOT_CREATE(73);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}

package dev.noormme.cli;

/**
 * The exit codes of {@code noormme}, one table for every command (README, "Operating a database",
 * and the help of every command, made from this enum). A command that ran uses 0, 1 and 2
 * (health's UP, DEGRADED and DOWN, as monitoring tools read them); a command that could not run
 * at all uses the {@code sysexits.h} codes from 64 up, picocli's usage error included (moved from
 * picocli's default 2), so that a typo in a health probe never reads as a database that is DOWN.
 */
enum ExitCode {
    OK(0, "done; health UP; validate: every migration applied, no problem"),
    FAILED(1, "done, not successfully: health DEGRADED; validate not valid; a migration, backup, restore or"
            + " optimizer step failed; not supported by this database (backup/restore on PostgreSQL)"),
    DOWN(2, "health DOWN"),
    USAGE(64, "usage: unknown command or option, bad or missing argument"),
    NOT_A_DATABASE(65, "the file is not a SQLite database"),
    NO_INPUT(66, "the database (or the backup to restore, or a --locations folder) does not exist, or is a directory"),
    UNAVAILABLE(69, "the database is locked by another connection, or the server cannot be reached"),
    SOFTWARE(70, "an unexpected error inside noormme (a bug: --verbose prints the stack trace)"),
    CANNOT_CREATE(73, "backup: the target exists (use --force) or its folder does not");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    int code() {
        return code;
    }

    /** What the code means, for the help. */
    String meaning() {
        return meaning;
    }
}

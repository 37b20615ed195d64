package dev.noormme.cli;

import java.sql.SQLException;

/**
 * Sorts an exception from the runtime or a driver into an {@link ExitCode} and one line for a
 * person. Stateless.
 */
final class Failures {

    // SQLite's primary result codes, as sqlite-jdbc reports them in SQLException.getErrorCode().
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_NOTADB = 26;

    private Failures() {
    }

    /** A failure of work on {@code target}; {@code target} may be null when none was read yet. */
    static CliFailure classify(Throwable failure, Target target) {
        if (failure instanceof CliFailure known) {
            return known;
        }
        String name = target == null ? "noormme" : target.describe();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode() & 0xff;
                String text = String.valueOf(sql.getMessage());
                if (code == SQLITE_BUSY || code == SQLITE_LOCKED || text.contains("SQLITE_BUSY")
                        || text.contains("SQLITE_LOCKED")) {
                    return new CliFailure(ExitCode.UNAVAILABLE, name + ": locked by another connection or process"
                            + " (SQLite: database is locked); try again once it is released, or wait longer with"
                            + " --busy-timeout", failure);
                }
                if (code == SQLITE_NOTADB || text.contains("SQLITE_NOTADB")) {
                    return new CliFailure(ExitCode.NOT_A_DATABASE, name + ": not a SQLite database (SQLite: file is"
                            + " not a database)", failure);
                }
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    return new CliFailure(ExitCode.UNAVAILABLE, name + ": " + oneLine(failure), failure);
                }
            }
        }
        if (failure instanceof UnsupportedOperationException || failure instanceof dev.noormme.NoormmeException
                || failure instanceof IllegalStateException) {
            return new CliFailure(ExitCode.FAILED, prefixed(name, oneLine(failure)), failure);
        }
        return new CliFailure(ExitCode.SOFTWARE, name + ": unexpected " + failure.getClass().getName() + ": "
                + oneLine(failure) + " (a bug in noormme; --verbose prints where)", failure);
    }

    /** The runtime's messages usually name the database already; the others get its name in front. */
    private static String prefixed(String name, String message) {
        return message.contains(name) ? message : name + ": " + message;
    }

    /** The message on one line: the runtime's longer messages list items on lines of their own. */
    static String oneLine(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

package dev.noormme.connection;

import java.sql.SQLException;
import java.time.Duration;

/**
 * SQLITE_BUSY that NOORMME gave up on, with a message saying how long it waited and what to
 * change; {@link SqlErrors#translate} turns it into a {@code DatabaseBusyException}. Still a
 * {@link SQLException}, so that it travels the same way as every other failure of a statement.
 */
final class BusyTimeout extends SQLException {
    private static final long serialVersionUID = 1L;

    private final Duration waited;

    BusyTimeout(String message, Duration waited, SQLException cause) {
        super(message, cause.getSQLState(), cause.getErrorCode(), cause);
        this.waited = waited;
    }

    Duration waited() {
        return waited;
    }
}

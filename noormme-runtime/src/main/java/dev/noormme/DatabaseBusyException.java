package dev.noormme;

import java.time.Duration;

/**
 * Another process kept the database locked for longer than NOORMME waits: through
 * {@code busyTimeout} and every allowed retry, or while a transaction that had already done some of
 * its work was running (such a transaction is rolled back, never run a second time). The message
 * says how long the call waited and which settings to change.
 */
public class DatabaseBusyException extends NoormmeException {
    private static final long serialVersionUID = 1L;

    private final Duration waited;

    public DatabaseBusyException(String message, Duration waited, Throwable cause) {
        super(message, cause);
        this.waited = waited;
    }

    /** How long the call waited for the lock in all, retries and their pauses included. */
    public Duration waited() {
        return waited;
    }
}

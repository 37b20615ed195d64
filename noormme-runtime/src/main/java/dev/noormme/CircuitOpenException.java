package dev.noormme;

import java.time.Instant;

/**
 * A call refused at once because the database's circuit breaker is open: repeated I/O failures
 * (a full disk, an unreadable or read-only file, a corrupt one) made further calls pointless until
 * a probe call finds the database working again. The message names the failure that opened the
 * breaker and when the next probe is.
 */
public class CircuitOpenException extends NoormmeException {
    private static final long serialVersionUID = 1L;

    private final Instant nextProbe;

    public CircuitOpenException(String message, Instant nextProbe, Throwable cause) {
        super(message, cause);
        this.nextProbe = nextProbe;
    }

    /** When the breaker lets one call through to test the database again. */
    public Instant nextProbe() {
        return nextProbe;
    }
}

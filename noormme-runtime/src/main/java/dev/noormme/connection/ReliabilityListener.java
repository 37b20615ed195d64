package dev.noormme.connection;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Hears what the connection layer does to stay available: the retries after a busy database
 * ({@link BusyRetry}) and the opening and closing of the {@link CircuitBreaker}. The database
 * passes these to its monitor. Called on the thread of the call concerned; implementations must
 * be quick and must not throw.
 */
public interface ReliabilityListener {

    /** Listens to nothing. */
    ReliabilityListener NONE = new ReliabilityListener() {
        @Override
        public void busyRetried(int attempt, Duration pause) {
        }

        @Override
        public void breakerOpened(SQLException cause, Instant nextProbe) {
        }

        @Override
        public void breakerClosed(SQLException openedBy) {
        }
    };

    /**
     * A call that met a busy database is about to be tried again.
     *
     * @param attempt the attempt that failed, the first being 1
     * @param pause how long the call paused before this retry
     */
    void busyRetried(int attempt, Duration pause);

    /** The circuit breaker opened (or opened again after a failed probe) because of {@code cause}. */
    void breakerOpened(SQLException cause, Instant nextProbe);

    /** A probe succeeded and closed the circuit breaker that {@code openedBy} had opened. */
    void breakerClosed(SQLException openedBy);
}

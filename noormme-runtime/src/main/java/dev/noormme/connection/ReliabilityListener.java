package dev.noormme.connection;

import java.time.Duration;

/**
 * Hears what the connection layer does to stay available: the retries after a busy database
 * and, from the circuit breaker, its opening and closing. The database passes these to its
 * monitor. Called on the thread of the call concerned; implementations must be quick and
 * must not throw.
 */
public interface ReliabilityListener {

    /** Listens to nothing. */
    ReliabilityListener NONE = new ReliabilityListener() {
        @Override
        public void busyRetried(int attempt, Duration pause) {
        }
    };

    /**
     * A call that met a busy database is about to be tried again.
     *
     * @param attempt the attempt that failed, the first being 1
     * @param pause how long the call paused before this retry
     */
    void busyRetried(int attempt, Duration pause);
}

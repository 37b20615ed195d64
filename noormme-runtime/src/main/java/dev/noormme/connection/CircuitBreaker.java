package dev.noormme.connection;

import dev.noormme.CircuitOpenException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Stops calling a database that keeps failing at the I/O level. {@code threshold} I/O-class
 * failures ({@link #isIoFailure}: never a constraint violation, bad SQL or a busy lock) within
 * {@code openDuration} open it; while open every call fails at once with a
 * {@link CircuitOpenException}; once {@code openDuration} has passed, one call is let through as a
 * probe (half-open) and its success closes the breaker, its I/O failure opens it again. A probe
 * that never reports (it failed before reaching SQLite) is replaced by another after
 * {@code openDuration}.
 *
 * <p>Thread-safe and lock-free: the state is one immutable value swapped atomically. While closed,
 * {@link #admit()} and {@link #succeeded()} cost one volatile read each.
 */
public final class CircuitBreaker {

    /** Where the breaker stands. */
    public enum Status {
        /** Calls go through. */
        CLOSED,
        /** Calls fail at once until the next probe. */
        OPEN,
        /** One probe call is testing the database; the others fail at once. */
        HALF_OPEN
    }

    /**
     * The breaker as it is now.
     *
     * @param status where it stands
     * @param recentFailures I/O failures counted towards opening it (while closed)
     * @param cause the failure that opened it, or null while closed
     * @param nextProbe when the next probe may run, or null while closed
     */
    public record State(Status status, int recentFailures, SQLException cause, Instant nextProbe) {
    }

    private record Current(Status status, int failures, long windowStart, SQLException cause, long probeAt) {
    }

    private static final Current CLOSED = new Current(Status.CLOSED, 0, 0, null, 0);

    private final String url;
    private final int threshold;
    private final long openNanos;
    private final LongSupplier nanoClock;
    private final AtomicReference<Current> current = new AtomicReference<>(CLOSED);
    private volatile ReliabilityListener listener = ReliabilityListener.NONE;

    /**
     * @param threshold I/O failures within {@code openDuration} that open it; 0 turns the breaker off
     * @param nanoClock {@code System::nanoTime}, or a test's clock
     */
    public CircuitBreaker(String url, int threshold, Duration openDuration, LongSupplier nanoClock) {
        this.url = Objects.requireNonNull(url, "url");
        this.threshold = threshold;
        this.openNanos = openDuration.toNanos();
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    void listener(ReliabilityListener listener) {
        this.listener = listener;
    }

    /**
     * True for I/O-class failures, which say that the database or the way to it does not work.
     * SQLite's: SQLITE_IOERR (and its extended codes), SQLITE_FULL, SQLITE_CANTOPEN,
     * SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_READONLY. PostgreSQL's, by SQLSTATE: class 08
     * (connection exceptions: the server unreachable or the connection lost), 57P01-57P03 (the
     * server shutting down or not yet accepting connections), 53100 (disk full) and class 58
     * (the server's own I/O errors).
     */
    public static boolean isIoFailure(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53100")
                || state.startsWith("58"))) {
            return true;
        }
        return switch (e.getErrorCode() & 0xff) {
            case 8, 10, 11, 13, 14, 26 -> true; // READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB
            default -> false;
        };
    }

    /**
     * Lets a call through, or refuses it.
     *
     * @throws CircuitOpenException while open and not yet time for a probe, or while a probe runs
     */
    public void admit() {
        Current state = current.get();
        if (state.status() == Status.CLOSED) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - state.probeAt() >= 0 && current.compareAndSet(state,
                new Current(Status.HALF_OPEN, 0, 0, state.cause(), now + openNanos))) {
            return; // this call is the probe
        }
        throw refusal(current.get(), now);
    }

    /** A call reached SQLite and succeeded: a probe's success closes the breaker. */
    public void succeeded() {
        Current state = current.get();
        if (state.status() == Status.HALF_OPEN && current.compareAndSet(state, CLOSED)) {
            listener.breakerClosed(state.cause());
        }
    }

    /** A call failed in SQLite; only I/O-class failures count. */
    public void failed(SQLException failure) {
        if (threshold == 0 || !isIoFailure(failure)) {
            return;
        }
        while (true) {
            Current state = current.get();
            long now = nanoClock.getAsLong();
            Current next;
            if (state.status() == Status.OPEN) {
                return; // a call let through before it opened
            } else if (state.status() == Status.HALF_OPEN || reachesThreshold(state, now)) {
                next = new Current(Status.OPEN, 0, 0, failure, now + openNanos);
            } else if (state.failures() == 0 || now - state.windowStart() > openNanos) {
                next = new Current(Status.CLOSED, 1, now, null, 0);
            } else {
                next = new Current(Status.CLOSED, state.failures() + 1, state.windowStart(), null, 0);
            }
            if (current.compareAndSet(state, next)) {
                if (next.status() == Status.OPEN) {
                    listener.breakerOpened(failure, nextProbe(next, now));
                }
                return;
            }
        }
    }

    private boolean reachesThreshold(Current state, long now) {
        boolean inWindow = state.failures() > 0 && now - state.windowStart() <= openNanos;
        return (inWindow ? state.failures() + 1 : 1) >= threshold;
    }

    /** The breaker as it is now. */
    public State state() {
        Current state = current.get();
        Instant probe = state.status() == Status.CLOSED ? null : nextProbe(state, nanoClock.getAsLong());
        return new State(state.status(), state.failures(), state.cause(), probe);
    }

    private static Instant nextProbe(Current state, long now) {
        return Instant.now().plusNanos(Math.max(0, state.probeAt() - now));
    }

    private CircuitOpenException refusal(Current state, long now) {
        Instant probe = nextProbe(state, now);
        String when = state.status() == Status.HALF_OPEN
                ? "a probe call is testing it now; if it fails, the next probe is at " + probe
                : "the next probe is at " + probe + " (in " + Math.max(0, (state.probeAt() - now) / 1_000_000) + " ms)";
        return new CircuitOpenException("The database " + url + " is not being called: its circuit breaker opened"
                + " after " + threshold + " I/O " + (threshold == 1 ? "failure" : "failures") + ", the last: "
                + String.valueOf(state.cause() == null ? "unknown" : state.cause().getMessage()).strip()
                + ". Calls fail at once until a probe succeeds; " + when, probe, state.cause());
    }
}

package dev.noormme.connection;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * When and how long to wait before trying again a call that met SQLITE_BUSY, that is, another
 * process holding the database's lock past {@code busy_timeout} (threads of this process never
 * meet it: they queue for the writer's lock). The caller decides what is safe to try again; this
 * class only paces the attempts and words the failure when they run out.
 *
 * <p>Pauses grow exponentially from the configured backoff, each jittered between half and all of
 * its length, so that two processes that met one lock do not come back in step. Thread-safe: it
 * holds only settings and the listener told of each retry.
 */
final class BusyRetry {

    /** SQLite's primary result code for a lock it could not get within busy_timeout. */
    private static final int SQLITE_BUSY = 5;
    /** No single pause is longer: a doubling past it waits for nothing a shorter one would not see. */
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final String url;
    private final int retries;
    private final long backoffNanos;
    private final Duration busyTimeout;
    private volatile ReliabilityListener listener = ReliabilityListener.NONE;

    BusyRetry(String url, int retries, Duration backoff, Duration busyTimeout) {
        this.url = url;
        this.retries = retries;
        this.backoffNanos = backoff.toNanos();
        this.busyTimeout = busyTimeout;
    }

    void listener(ReliabilityListener listener) {
        this.listener = listener;
    }

    static boolean isBusy(SQLException e) {
        return (e.getErrorCode() & 0xff) == SQLITE_BUSY;
    }

    /**
     * Called after attempt {@code attempt} (the first is 1) of a call that is safe to repeat failed
     * with {@code failure}: returns when the caller should try again, after the pause.
     *
     * @param busySince {@code System.nanoTime()} when the call started waiting, or 0 on the first failure
     * @return the value to pass as {@code busySince} next time
     * @throws SQLException {@code failure} itself when it is not SQLITE_BUSY; a {@link BusyTimeout}
     *         when the retries ran out or the thread was interrupted during a pause
     */
    long pauseOrGiveUp(SQLException failure, int attempt, long busySince) throws SQLException {
        if (!isBusy(failure) || failure instanceof BusyTimeout) {
            throw failure;
        }
        // SQLite's busy handler has already waited busy_timeout before reporting the lock.
        long since = busySince != 0 ? busySince : System.nanoTime() - busyTimeout.toNanos();
        if (attempt > retries) {
            throw gaveUp(failure, since, attempt);
        }
        long pause = pause(attempt);
        try {
            TimeUnit.NANOSECONDS.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            BusyTimeout interrupted = gaveUp(failure, since, attempt);
            interrupted.addSuppressed(e);
            throw interrupted;
        }
        listener.busyRetried(attempt, Duration.ofNanos(pause));
        return since;
    }

    /** The jittered pause before retry {@code attempt}: between half and all of backoff × 2^(attempt-1). */
    long pause(int attempt) {
        long full = Math.min(LONGEST_PAUSE_NANOS, backoffNanos << Math.min(attempt - 1, 30));
        long half = full / 2;
        return half + ThreadLocalRandom.current().nextLong(full - half + 1);
    }

    private BusyTimeout gaveUp(SQLException failure, long since, int attempt) {
        Duration waited = Duration.ofNanos(System.nanoTime() - since);
        return new BusyTimeout("The database " + url + " was busy for " + waited.toMillis() + " ms: another process"
                + " held its lock through busyTimeout (" + busyTimeout.toMillis() + " ms) and " + (attempt - 1)
                + (attempt == 2 ? " retry" : " retries") + ". Shorten the other process's transactions, or raise"
                + " busyTimeout (NOORMME_BUSY_TIMEOUT) or busyRetries (NOORMME_BUSY_RETRIES, now " + retries + ")",
                waited, failure);
    }

    /**
     * The failure to throw for {@code failure} met by work that must not run again (inside a
     * transaction that already ran, or a write that already changed rows): a busy database is
     * worded as such; anything else is returned unchanged.
     */
    SQLException notRepeatable(SQLException failure, String what) {
        if (!isBusy(failure) || failure instanceof BusyTimeout) {
            return failure;
        }
        return new BusyTimeout("The database " + url + " was busy: another process held its lock for longer than"
                + " busyTimeout (" + busyTimeout.toMillis() + " ms) " + what + ". It had already done some of its"
                + " work, so it is not run again: it fails as a whole. Shorten the other process's transactions, or"
                + " raise busyTimeout (NOORMME_BUSY_TIMEOUT)", busyTimeout, failure);
    }
}

package dev.noormme.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.CircuitOpenException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The breaker's state machine on a fake clock: no sleeps, exact times. */
class CircuitBreakerTest {

    private static final SQLException FULL = new SQLException("[SQLITE_FULL] Insertion failed because database is full", null, 13);
    private static final SQLException IO = new SQLException("[SQLITE_IOERR_WRITE] disk I/O error", null, 778);

    private long now = 1_000_000_000L;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CircuitBreaker breaker = breaker(3);

    private CircuitBreaker breaker(int threshold) {
        CircuitBreaker made = new CircuitBreaker("jdbc:sqlite:app.db", threshold, Duration.ofSeconds(10), () -> now);
        made.listener(new ReliabilityListener() {
            @Override
            public void busyRetried(int attempt, Duration pause) {
            }

            @Override
            public void breakerOpened(SQLException cause, Instant nextProbe) {
                events.add("opened: " + cause.getMessage());
            }

            @Override
            public void breakerClosed(SQLException openedBy) {
                events.add("closed");
            }
        });
        return made;
    }

    @Test
    void onlyIoClassFailuresCount() {
        for (int code : new int[] {8, 10, 11, 13, 14, 26, 266, 778, 3338}) {
            assertTrue(CircuitBreaker.isIoFailure(new SQLException("x", null, code)), "code " + code);
        }
        for (int code : new int[] {1, 5, 6, 19, 2067, 1555, 517, 21}) {
            assertTrue(!CircuitBreaker.isIoFailure(new SQLException("x", null, code)), "code " + code);
        }
        for (int i = 0; i < 10; i++) {
            breaker.failed(new SQLException("[SQLITE_CONSTRAINT_UNIQUE] UNIQUE constraint failed", null, 19));
            breaker.failed(new SQLException("[SQLITE_ERROR] no such column: nope", null, 1));
            breaker.failed(new SQLException("[SQLITE_BUSY] database is locked", null, 5));
        }
        breaker.admit();
        assertEquals(CircuitBreaker.Status.CLOSED, breaker.state().status());
        assertEquals(0, breaker.state().recentFailures());
    }

    @Test
    void opensAtItsThresholdAndRefusesNamingTheCauseAndTheNextProbe() {
        breaker.failed(IO);
        breaker.failed(FULL);
        breaker.admit();
        assertEquals(2, breaker.state().recentFailures());
        breaker.failed(FULL);

        CircuitBreaker.State state = breaker.state();
        assertEquals(CircuitBreaker.Status.OPEN, state.status());
        assertSame(FULL, state.cause());
        CircuitOpenException refused = assertThrows(CircuitOpenException.class, breaker::admit);
        assertTrue(refused.getMessage().contains("jdbc:sqlite:app.db"), refused.getMessage());
        assertTrue(refused.getMessage().contains("after 3 I/O failures, the last: [SQLITE_FULL]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("the next probe is at " + refused.nextProbe() + " (in 10000 ms)"),
                refused.getMessage());
        assertSame(FULL, refused.getCause());
        assertEquals(List.of("opened: " + FULL.getMessage()), events);
    }

    @Test
    void failuresFurtherApartThanTheOpenDurationDoNotOpenIt() {
        breaker.failed(FULL);
        breaker.failed(FULL);
        now += TimeUnit.SECONDS.toNanos(11);
        breaker.failed(FULL);
        breaker.admit();
        assertEquals(1, breaker.state().recentFailures());
    }

    @Test
    void afterTheOpenDurationOneProbeGoesThroughAndItsSuccessClosesTheBreaker() {
        open();
        now += TimeUnit.SECONDS.toNanos(10) - 1;
        assertThrows(CircuitOpenException.class, breaker::admit);
        now += 1;
        breaker.admit(); // the probe
        assertEquals(CircuitBreaker.Status.HALF_OPEN, breaker.state().status());
        CircuitOpenException second = assertThrows(CircuitOpenException.class, breaker::admit);
        assertTrue(second.getMessage().contains("a probe call is testing it now"), second.getMessage());

        breaker.succeeded();
        assertEquals(CircuitBreaker.Status.CLOSED, breaker.state().status());
        assertNull(breaker.state().cause());
        breaker.admit();
        assertEquals(List.of("opened: " + FULL.getMessage(), "closed"), events);
    }

    @Test
    void aProbeThatFailsOpensItAgainForAnotherOpenDuration() {
        open();
        now += TimeUnit.SECONDS.toNanos(10);
        breaker.admit();
        breaker.failed(IO);
        assertEquals(CircuitBreaker.Status.OPEN, breaker.state().status());
        assertSame(IO, breaker.state().cause());
        now += TimeUnit.SECONDS.toNanos(5);
        assertThrows(CircuitOpenException.class, breaker::admit);
        now += TimeUnit.SECONDS.toNanos(5);
        breaker.admit();
        assertEquals(2, events.stream().filter(event -> event.startsWith("opened")).count());
    }

    @Test
    void aProbeThatNeverReportsIsReplacedAfterTheOpenDuration() {
        open();
        now += TimeUnit.SECONDS.toNanos(10);
        breaker.admit(); // a probe that fails before reaching SQLite says nothing
        now += TimeUnit.SECONDS.toNanos(10);
        breaker.admit();
        assertEquals(CircuitBreaker.Status.HALF_OPEN, breaker.state().status());
    }

    @Test
    void successOfACallLetThroughBeforeItOpenedDoesNotCloseIt() {
        open();
        breaker.succeeded();
        assertEquals(CircuitBreaker.Status.OPEN, breaker.state().status());
    }

    @Test
    void thresholdZeroNeverOpens() {
        CircuitBreaker off = breaker(0);
        for (int i = 0; i < 100; i++) {
            off.failed(FULL);
        }
        off.admit();
        assertEquals(CircuitBreaker.Status.CLOSED, off.state().status());
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.failed(FULL);
        }
        assertEquals(CircuitBreaker.Status.OPEN, breaker.state().status());
    }
}

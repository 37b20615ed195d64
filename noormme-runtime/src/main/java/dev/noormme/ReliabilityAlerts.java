package dev.noormme;

import dev.noormme.connection.ReliabilityListener;
import dev.noormme.health.AlertKind;
import dev.noormme.health.Severity;
import dev.noormme.health.internal.MonitorEngine;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Passes the connection layer's retries and circuit-breaker changes to the monitor: retries are
 * counted, the breaker's opening is a CRITICAL alert and its closing an INFO one. Also words what
 * to do about the failure that opened it, for the alert and the health check. Thread-safe.
 */
final class ReliabilityAlerts implements ReliabilityListener {

    private final MonitorEngine monitor;
    private final String url;

    ReliabilityAlerts(MonitorEngine monitor, String url) {
        this.monitor = monitor;
        this.url = url;
    }

    @Override
    public void busyRetried(int attempt, Duration pause) {
        monitor.busyRetried();
    }

    @Override
    public void breakerOpened(SQLException cause, Instant nextProbe) {
        monitor.alert(Severity.CRITICAL, AlertKind.CIRCUIT_BREAKER, url,
                "The circuit breaker of " + url + " opened: " + String.valueOf(cause.getMessage()).strip()
                        + ". Every call fails at once until a probe at " + nextProbe + " succeeds",
                whatToDo(cause));
    }

    @Override
    public void breakerClosed(SQLException openedBy) {
        monitor.alert(Severity.INFO, AlertKind.CIRCUIT_BREAKER, url + " closed",
                "The circuit breaker of " + url + " closed: a probe call succeeded", "");
    }

    /** What an operator does about an I/O failure, by SQLite's primary code. */
    static String whatToDo(SQLException cause) {
        return switch (cause.getErrorCode() & 0xff) {
            case 13 -> "The disk (or the database's max_page_count) is full: free space; the breaker closes by itself";
            case 8, 14 -> "The file or its folder cannot be written or opened: check that they exist and that this"
                    + " process may read and write them";
            case 11, 26 -> "The file is damaged or not a SQLite database: restore it from a backup"
                    + " (database.migrations().restore(path))";
            default -> "The disk under the database failed to read or write: check the device and its free space";
        };
    }
}

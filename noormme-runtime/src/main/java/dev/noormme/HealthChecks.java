package dev.noormme;

import dev.noormme.connection.CircuitBreaker;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.PoolState;
import dev.noormme.connection.HikariFigures;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The first checks of {@link Database#healthCheck()}: connectivity and the pool as it is now,
 * around the integrity check (the monitor's, which also alerts). Stateless; safe from any thread.
 */
final class HealthChecks {

        private HealthChecks() {
    }

    /** Connectivity, then {@code integrity}'s checks (the monitor's), then the pool and the circuit breaker. */
    static HealthReport run(ConnectionManager connections, Supplier<HealthReport> integrity, long busyRetries) {
        List<HealthCheck> checks = new ArrayList<>(2);
        List<String> recommendations = new ArrayList<>();
        // The pool first, so the checks below do not count as load.
        long start = System.nanoTime();
        PoolState pool = connections.state();
        Optional<HikariFigures> hikari = connections.hikari();
        HealthCheck poolCheck = hikari.isPresent() ? hikari(hikari.get(), since(start)) : pool(pool, since(start));

        start = System.nanoTime();
        try {
            long one = connections.read((handle, unused) -> handle.queryLong("SELECT 1"), null);
            checks.add(new HealthCheck("connectivity", one == 1 ? HealthStatus.UP : HealthStatus.DOWN,
                    "SELECT 1 returned " + one, since(start)));
        } catch (CircuitOpenException refused) {
            checks.add(new HealthCheck("connectivity", HealthStatus.DOWN, "SELECT 1 not tried: the circuit breaker is"
                    + " open (see the 'circuit breaker' check)", since(start)));
        } catch (SQLException | RuntimeException e) {
            checks.add(new HealthCheck("connectivity", HealthStatus.DOWN, "SELECT 1 failed: " + e.getMessage(), since(start)));
            recommendations.add("The database does not answer: check that its file exists and is readable, and that it is open");
        }

        HealthReport integrityReport = integrity.get();
        checks.addAll(integrityReport.checks());
        recommendations.addAll(integrityReport.recommendations());

        checks.add(poolCheck);
        CircuitBreaker.State breaker = connections.breakerState();
        checks.add(breaker(breaker, busyRetries));
        if (breaker.cause() != null) {
            recommendations.add(ReliabilityAlerts.whatToDo(breaker.cause()));
        }
        if (poolCheck.status() != HealthStatus.UP) {
            recommendations.add(hikari.isPresent()
                    ? "Every connection of the pool was in use: raise readerPoolSize (the pool opens readerPoolSize + 1),"
                            + " within the server's max_connections, or shorten transactions and long reads"
                    : "Every reader connection was in use: raise readerPoolSize (now " + pool.readersTotal()
                            + ") or shorten long reads");
        }
        return new HealthReport(checks, recommendations);
    }

    /** DOWN while the breaker is open, DEGRADED while its probe runs; the busy retries in its detail. */
    private static HealthCheck breaker(CircuitBreaker.State state, long busyRetries) {
        long start = System.nanoTime();
        String retries = busyRetries + (busyRetries == 1 ? " busy retry" : " busy retries");
        return switch (state.status()) {
            case CLOSED -> new HealthCheck("circuit breaker", HealthStatus.UP, "closed; " + state.recentFailures()
                    + " recent I/O failures; " + retries, since(start));
            case OPEN -> new HealthCheck("circuit breaker", HealthStatus.DOWN, "open: calls fail at once after "
                    + String.valueOf(state.cause().getMessage()).strip() + "; next probe at " + state.nextProbe()
                    + "; " + retries, since(start));
            case HALF_OPEN -> new HealthCheck("circuit breaker", HealthStatus.DEGRADED, "half-open: a probe call is"
                    + " testing the database after " + String.valueOf(state.cause().getMessage()).strip() + "; "
                    + retries, since(start));
        };
    }

    private static HealthCheck pool(PoolState pool, Duration duration) {
        String writer = pool.writerBusy() ? "writer busy" : "writer idle";
        if (pool.readersTotal() == 0) {
            return new HealthCheck("pool", HealthStatus.UP, "reads share the writer; " + writer, duration);
        }
        HealthStatus status = pool.readersIdle() == 0 ? HealthStatus.DEGRADED : HealthStatus.UP;
        return new HealthCheck("pool", status, "readers idle " + pool.readersIdle() + "/" + pool.readersTotal()
                + "; " + writer, duration);
    }

    /** PostgreSQL's pool: DEGRADED when a thread waits for a connection, or every connection is lent out. */
    private static HealthCheck hikari(HikariFigures pool, Duration duration) {
        HealthStatus status = pool.awaiting() > 0 || pool.active() >= pool.maximum() ? HealthStatus.DEGRADED
                : HealthStatus.UP;
        return new HealthCheck("pool", status, "active " + pool.active() + ", idle " + pool.idle() + ", total "
                + pool.total() + " of at most " + pool.maximum() + "; " + pool.awaiting()
                + (pool.awaiting() == 1 ? " thread" : " threads") + " awaiting a connection", duration);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

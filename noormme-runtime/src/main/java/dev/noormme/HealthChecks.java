package dev.noormme;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.PoolState;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The first checks of {@link Database#healthCheck()}: connectivity and the pool as it is now,
 * around the integrity check (the monitor's, which also alerts). Stateless; safe from any thread.
 */
final class HealthChecks {

        private HealthChecks() {
    }

    /** Connectivity, then {@code integrity}'s checks (the monitor's), then the pool. */
    static HealthReport run(ConnectionManager connections, Supplier<HealthReport> integrity) {
        List<HealthCheck> checks = new ArrayList<>(2);
        List<String> recommendations = new ArrayList<>();
        // The pool first, so the checks below do not count as load.
        long start = System.nanoTime();
        PoolState pool = connections.state();
        HealthCheck poolCheck = pool(pool, since(start));

        start = System.nanoTime();
        try {
            long one = connections.read((handle, unused) -> handle.queryLong("SELECT 1"), null);
            checks.add(new HealthCheck("connectivity", one == 1 ? HealthStatus.UP : HealthStatus.DOWN,
                    "SELECT 1 returned " + one, since(start)));
        } catch (SQLException | RuntimeException e) {
            checks.add(new HealthCheck("connectivity", HealthStatus.DOWN, "SELECT 1 failed: " + e.getMessage(), since(start)));
            recommendations.add("The database does not answer: check that its file exists and is readable, and that it is open");
        }

        HealthReport integrityReport = integrity.get();
        checks.addAll(integrityReport.checks());
        recommendations.addAll(integrityReport.recommendations());

        checks.add(poolCheck);
        if (poolCheck.status() != HealthStatus.UP) {
            recommendations.add("Every reader connection was in use: raise readerPoolSize (now "
                    + pool.readersTotal() + ") or shorten long reads");
        }
        return new HealthReport(checks, recommendations);
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

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

package dev.noormme;

import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.PoolState;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The checks behind {@link Database#healthCheck()}. Stateless; safe from any thread. */
final class HealthChecks {

    private static final int MAX_PROBLEMS = 10;

    private HealthChecks() {
    }

    static HealthReport run(ConnectionManager connections) {
        List<HealthCheck> checks = new ArrayList<>(3);
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

        start = System.nanoTime();
        try {
            List<String> problems = connections.read(HealthChecks::quickCheck, null);
            boolean ok = problems.size() == 1 && problems.get(0).equals("ok");
            checks.add(new HealthCheck("integrity", ok ? HealthStatus.UP : HealthStatus.DOWN,
                    "PRAGMA quick_check: " + String.join("; ", problems), since(start)));
            if (!ok) {
                recommendations.add("The database file is damaged: restore it from a backup");
            }
        } catch (SQLException | RuntimeException e) {
            checks.add(new HealthCheck("integrity", HealthStatus.DOWN, "PRAGMA quick_check failed: " + e.getMessage(),
                    since(start)));
        }

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

    private static List<String> quickCheck(dev.noormme.connection.Handle handle, Void unused) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet row = handle.prepare("PRAGMA quick_check(" + MAX_PROBLEMS + ")").executeQuery()) {
            while (row.next()) {
                problems.add(row.getString(1));
            }
        }
        return problems;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

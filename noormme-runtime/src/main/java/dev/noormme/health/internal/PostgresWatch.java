package dev.noormme.health.internal;

import dev.noormme.CircuitOpenException;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.health.AlertKind;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.health.Severity;
import dev.noormme.internal.Sql;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a PostgreSQL server gets in place of SQLite's storage checks: "connections" (client
 * connections against {@code max_connections}) and "dead tuples" (per table, what autovacuum has
 * not reclaimed yet). SQLite's integrity, WAL-size and free-page checks have no PostgreSQL
 * counterpart NOORMME could read without superuser rights, so they are left out of its reports.
 * A problem found raises its alert through the monitor (rate-limited). Thread-safe.
 */
final class PostgresWatch {

    /** Where the checks turn DEGRADED; the defaults are documented in the README. */
    record Limits(double connectionRatio, double deadRatio, long deadMin) {
        static final Limits DEFAULTS = new Limits(0.8, 0.2, 1_000);
    }

    private final ConnectionManager connections;
    private final Alerter alerter;
    private final Limits limits;

    /** Raises an alert; HealthWatch's, which outlives a closed monitor. */
    @FunctionalInterface
    interface Alerter {
        void alert(Severity severity, AlertKind kind, String subject, String message, String recommendation);
    }

    PostgresWatch(ConnectionManager connections, Alerter alerter, Limits limits) {
        this.connections = connections;
        this.alerter = alerter;
        this.limits = limits;
    }

    HealthReport check() {
        List<HealthCheck> checks = new ArrayList<>(2);
        List<String> recommendations = new ArrayList<>();
        connections(checks, recommendations);
        deadTuples(checks, recommendations);
        return new HealthReport(checks, recommendations);
    }

    /** DEGRADED when client connections are more than 80% of {@code max_connections}. */
    private void connections(List<HealthCheck> checks, List<String> recommendations) {
        long start = System.nanoTime();
        PostgresStorage.Connections figures;
        try {
            figures = PostgresStorage.connections(connections);
        } catch (CircuitOpenException refused) {
            checks.add(check("connections", HealthStatus.DEGRADED, "not checked: the circuit breaker is open", start));
            return;
        } catch (SQLException | RuntimeException e) {
            checks.add(check("connections", HealthStatus.DOWN, "cannot read pg_stat_activity: " + e.getMessage(), start));
            return;
        }
        String detail = figures.inUse() + " of max_connections " + figures.max() + " in use ("
                + HealthWatch.Figures.percent(figures.ratio()) + ", every database of the server)";
        if (figures.ratio() <= limits.connectionRatio()) {
            checks.add(check("connections", HealthStatus.UP, detail, start));
            return;
        }
        String recommendation = "The server is near max_connections (" + figures.max() + "): a new connection past it"
                + " fails. Lower the pools of the applications sharing it (readerPoolSize here), put PgBouncer in front,"
                + " or raise max_connections (a server restart)";
        checks.add(check("connections", HealthStatus.DEGRADED, detail, start));
        recommendations.add(recommendation);
        alerter.alert(Severity.WARNING, AlertKind.POOL_EXHAUSTION, "server connections", "PostgreSQL: " + detail,
                recommendation);
    }

    /**
     * DEGRADED when a table's dead tuples are at least 20% of its tuples and at least 1,000; each
     * such table gets its {@code VACUUM (ANALYZE)} as a recommendation.
     */
    private void deadTuples(List<HealthCheck> checks, List<String> recommendations) {
        long start = System.nanoTime();
        List<PostgresStorage.Tuples> tables;
        try {
            tables = PostgresStorage.tuples(connections);
        } catch (CircuitOpenException refused) {
            checks.add(check("dead tuples", HealthStatus.DEGRADED, "not checked: the circuit breaker is open", start));
            return;
        } catch (SQLException | RuntimeException e) {
            checks.add(check("dead tuples", HealthStatus.DOWN, "cannot read pg_stat_user_tables: " + e.getMessage(), start));
            return;
        }
        List<String> bloated = new ArrayList<>();
        long dead = 0;
        for (PostgresStorage.Tuples table : tables) {
            dead += table.dead();
            if (table.dead() < limits.deadMin() || table.deadRatio() < limits.deadRatio()) {
                continue;
            }
            String figures = table.table() + " " + table.dead() + " dead of " + (table.live() + table.dead()) + " ("
                    + HealthWatch.Figures.percent(table.deadRatio()) + ")";
            bloated.add(figures);
            String recommendation = "VACUUM (ANALYZE) " + Sql.quote(Dialect.POSTGRESQL, table.table())
                    + " (or database.optimizer().vacuum()): autovacuum has not caught up with its updates and deletes."
                    + " If this recurs, lower the table's autovacuum_vacuum_scale_factor";
            recommendations.add(recommendation);
            alerter.alert(Severity.INFO, AlertKind.FREE_PAGES, table.table(), "PostgreSQL table " + figures,
                    recommendation);
        }
        String detail = dead + " dead tuples in " + tables.size() + (tables.size() == 1 ? " table" : " tables")
                + (bloated.isEmpty() ? "" : "; past the limit: " + String.join(", ", bloated));
        checks.add(check("dead tuples", bloated.isEmpty() ? HealthStatus.UP : HealthStatus.DEGRADED, detail, start));
    }

    private static HealthCheck check(String name, HealthStatus status, String detail, long start) {
        return new HealthCheck(name, status, detail, Duration.ofNanos(System.nanoTime() - start));
    }
}

package dev.noormme.spring;

import dev.noormme.Database;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code noormme} component of {@code /actuator/health}: {@link Database#healthCheck()}
 * mapped to Boot's statuses. UP is UP and DOWN is DOWN. DEGRADED is UP with
 * {@code degraded: true}: a degraded NOORMME database still serves every read and write, and
 * Boot's default aggregation and HTTP mapping do not know a custom status, so one would either
 * need configuration in every application or take the instance out of a load balancer for a
 * warning. Each check is a detail with its status and what it found; recommendations follow.
 *
 * <p>Thread-safe: runs the checks on the calling thread each time.
 */
public final class NoormmeHealthIndicator implements HealthIndicator {

    private final Database database;

    /** An indicator reporting on {@code database}. */
    public NoormmeHealthIndicator(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Health health() {
        return health(database.healthCheck());
    }

    /** The Boot health of {@code report}. */
    static Health health(HealthReport report) {
        Health.Builder health = switch (report.status()) {
            case UP -> Health.up();
            case DEGRADED -> Health.up().withDetail("degraded", true);
            case DOWN -> Health.down();
        };
        for (HealthCheck check : report.checks()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("status", check.status().name());
            detail.put("detail", check.detail());
            detail.put("durationMillis", check.duration().toMillis());
            health.withDetail(check.name(), detail);
        }
        if (!report.recommendations().isEmpty()) {
            health.withDetail("recommendations", report.recommendations());
        }
        return health.build();
    }
}

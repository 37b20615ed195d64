package dev.noormme.health;

import java.time.Duration;
import java.util.Objects;

/**
 * The result of one health check. Immutable.
 *
 * @param name what was checked, e.g. {@code connectivity}
 * @param status how it went
 * @param detail what was found, for a person to read
 * @param duration how long the check took
 */
public record HealthCheck(String name, HealthStatus status, String detail, Duration duration) {

    public HealthCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(duration, "duration");
    }
}

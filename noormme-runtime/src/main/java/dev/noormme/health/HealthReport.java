package dev.noormme.health;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@code Database.healthCheck()}: every check that ran, and what to do about the
 * ones that did not pass. Immutable and thread-safe.
 *
 * @param checks the checks, in the order they ran
 * @param recommendations what a person should do, one sentence each; empty when all is well
 */
public record HealthReport(List<HealthCheck> checks, List<String> recommendations) {

    public HealthReport {
        checks = List.copyOf(checks);
        recommendations = List.copyOf(recommendations);
    }

    /** The worst status of the checks; UP when there are none. */
    public HealthStatus status() {
        HealthStatus status = HealthStatus.UP;
        for (HealthCheck check : checks) {
            status = status.worst(check.status());
        }
        return status;
    }

    /** True unless the status is {@link HealthStatus#DOWN}: a DEGRADED database still serves. */
    public boolean healthy() {
        return status() != HealthStatus.DOWN;
    }

    /** The check with that name, or null. */
    public HealthCheck check(String name) {
        for (HealthCheck check : checks) {
            if (check.name().equals(name)) {
                return check;
            }
        }
        return null;
    }

    /**
     * The report as a JSON object: {@code status}, {@code healthy}, {@code checks} (each with
     * {@code name}, {@code status}, {@code detail}, {@code durationMillis}) and
     * {@code recommendations}.
     */
    public String toJson() {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"status\":");
        string(json, status().name());
        json.append(",\"healthy\":").append(healthy()).append(",\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            HealthCheck check = checks.get(i);
            json.append(i == 0 ? "{" : ",{").append("\"name\":");
            string(json, check.name());
            json.append(",\"status\":");
            string(json, check.status().name());
            json.append(",\"detail\":");
            string(json, check.detail());
            json.append(",\"durationMillis\":").append(check.duration().toNanos() / 1_000_000.0).append('}');
        }
        json.append("],\"recommendations\":[");
        for (int i = 0; i < recommendations.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, recommendations.get(i));
        }
        return json.append("]}").toString();
    }

    /** Appends {@code value} as a JSON string (RFC 8259 escaping). */
    static void string(StringBuilder json, String value) {
        Objects.requireNonNull(value);
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}

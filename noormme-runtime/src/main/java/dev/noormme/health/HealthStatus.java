package dev.noormme.health;

/** The state of one health check or of a whole report, from best to worst. */
public enum HealthStatus {
    /** Working as it should. */
    UP,
    /** Working, but something needs attention; see the report's recommendations. */
    DEGRADED,
    /** Not working: the database cannot serve requests, or its data is damaged. */
    DOWN;

    /** The worse of this status and {@code other}. */
    public HealthStatus worst(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}

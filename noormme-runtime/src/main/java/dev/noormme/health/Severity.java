package dev.noormme.health;

/** How urgent an {@link Alert} is; each is also logged through {@code System.Logger} at the matching level. */
public enum Severity {
    /** Worth knowing; logged at INFO. */
    INFO,
    /** Needs attention soon; logged at WARNING. */
    WARNING,
    /** Something is failing now; logged at ERROR. */
    CRITICAL
}

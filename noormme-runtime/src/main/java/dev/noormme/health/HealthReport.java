package dev.noormme.health;

/** SKELETON: the runtime helper replaces this body. */
public final class HealthReport {
}

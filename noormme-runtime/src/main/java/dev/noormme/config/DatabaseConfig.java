package dev.noormme.config;

/** SKELETON: the runtime helper replaces this body. */
public final class DatabaseConfig {
    public static DatabaseConfig forEnvironment(Environment environment) { throw new UnsupportedOperationException(); }
}

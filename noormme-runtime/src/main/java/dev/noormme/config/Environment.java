package dev.noormme.config;

/** The three environments of SPEC section 4; each has its own defaults in {@link DatabaseConfig}. */
public enum Environment {
    DEVELOPMENT,
    PRODUCTION,
    TEST
}

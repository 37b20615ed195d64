package dev.noormme.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReliabilitySettingsTest {

    @Test
    void busyRetriesDefaultToThreeFromFiftyMilliseconds() {
        for (Environment environment : Environment.values()) {
            DatabaseConfig config = DatabaseConfig.forEnvironment(environment);
            assertEquals(3, config.busyRetries());
            assertEquals(Duration.ofMillis(50), config.busyRetryBackoff());
        }
    }

    @Test
    void busyRetrySettingsTakePartInEqualityAndText() {
        DatabaseConfig defaults = DatabaseConfig.forEnvironment(Environment.TEST);
        DatabaseConfig changed = defaults.toBuilder().busyRetries(0).busyRetryBackoff(Duration.ofMillis(5)).build();
        assertNotEquals(defaults, changed);
        assertEquals(changed, changed.toBuilder().build());
        assertEquals(changed.hashCode(), changed.toBuilder().build().hashCode());
        assertTrue(changed.toString().contains("busyRetries=0, busyRetryBackoff=PT0.005S"), changed.toString());
    }

    @Test
    void busyRetrySettingsAreBoundedAndNamedWhenRefused() {
        DatabaseConfig.Builder builder = DatabaseConfig.builder();
        IllegalArgumentException retries = assertThrows(IllegalArgumentException.class, () -> builder.busyRetries(21));
        assertEquals("busyRetries must be between 0 and 20, was 21", retries.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.busyRetries(-1));
        IllegalArgumentException backoff = assertThrows(IllegalArgumentException.class,
                () -> builder.busyRetryBackoff(Duration.ZERO));
        assertEquals("busyRetryBackoff must be between 1ms and 1m, was 0ms", backoff.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.busyRetryBackoff(Duration.ofMinutes(2)));
    }

    @Test
    void busyRetrySettingsComeFromTheirVariables() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "NOORMME_BUSY_RETRIES", "7", "NOORMME_BUSY_RETRY_BACKOFF", "200ms"));
        assertEquals(7, config.busyRetries());
        assertEquals(Duration.ofMillis(200), config.busyRetryBackoff());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_BUSY_RETRIES", "50")));
        assertTrue(bad.getMessage().startsWith("NOORMME_BUSY_RETRIES='50' cannot be used: busyRetries must be"),
                bad.getMessage());
    }

    @Test
    void circuitBreakerDefaultsToFiveFailuresAndThirtySecondsOpen() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION);
        assertEquals(5, config.circuitBreakerThreshold());
        assertEquals(Duration.ofSeconds(30), config.circuitBreakerOpenDuration());
        DatabaseConfig off = config.toBuilder().circuitBreakerThreshold(0).build();
        assertNotEquals(config, off);
        assertTrue(off.toString().contains("circuitBreakerThreshold=0, circuitBreakerOpenDuration=PT30S"), off.toString());
    }

    @Test
    void circuitBreakerSettingsAreBoundedAndComeFromTheirVariables() {
        DatabaseConfig.Builder builder = DatabaseConfig.builder();
        IllegalArgumentException threshold = assertThrows(IllegalArgumentException.class,
                () -> builder.circuitBreakerThreshold(1001));
        assertEquals("circuitBreakerThreshold must be between 0 and 1000, was 1001", threshold.getMessage());
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
                () -> builder.circuitBreakerOpenDuration(Duration.ofHours(2)));
        assertEquals("circuitBreakerOpenDuration must be between 1ms and 1h, was 2h", open.getMessage());

        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "NOORMME_CIRCUIT_BREAKER_THRESHOLD", "2", "NOORMME_CIRCUIT_BREAKER_OPEN_DURATION", "5s"));
        assertEquals(2, config.circuitBreakerThreshold());
        assertEquals(Duration.ofSeconds(5), config.circuitBreakerOpenDuration());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_CIRCUIT_BREAKER_OPEN_DURATION", "0ms")));
        assertTrue(bad.getMessage().startsWith("NOORMME_CIRCUIT_BREAKER_OPEN_DURATION='0ms' cannot be used:"),
                bad.getMessage());
    }

    @Test
    void cacheStaleIfErrorIsOffByDefaultAndReadFromTheEnvironment() {
        for (Environment environment : Environment.values()) {
            assertEquals(Duration.ZERO, DatabaseConfig.forEnvironment(environment).cacheStaleIfError());
        }
        DatabaseConfig defaults = DatabaseConfig.forEnvironment(Environment.TEST);
        DatabaseConfig changed = defaults.toBuilder().cacheStaleIfError(Duration.ofHours(1)).build();
        assertNotEquals(defaults, changed);
        assertEquals(changed, changed.toBuilder().build());
        assertEquals(changed.hashCode(), changed.toBuilder().build().hashCode());
        assertTrue(changed.toString().contains("cacheStaleIfError=PT1H"), changed.toString());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder().cacheStaleIfError(Duration.ofSeconds(-1)));
        assertEquals("cacheStaleIfError must not be negative, was PT-1S", negative.getMessage());

        assertEquals(Duration.ofHours(1),
                DatabaseConfig.fromEnvironment(Map.of("NOORMME_CACHE_STALE_IF_ERROR", "1h")).cacheStaleIfError());
        assertEquals(Duration.ZERO,
                DatabaseConfig.fromEnvironment(Map.of("NOORMME_CACHE_STALE_IF_ERROR", "0s")).cacheStaleIfError());
    }
}

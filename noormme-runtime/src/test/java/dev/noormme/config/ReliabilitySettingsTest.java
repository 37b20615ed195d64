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
}

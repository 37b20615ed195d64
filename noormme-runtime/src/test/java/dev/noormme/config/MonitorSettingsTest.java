package dev.noormme.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monitor's settings: per-environment defaults, builder bounds and environment variables. */
class MonitorSettingsTest {

    @Test
    void eachEnvironmentHasItsSlowQueryThreshold() {
        assertEquals(Duration.ofMillis(100), DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).slowQueryThreshold());
        assertEquals(Duration.ofMillis(50), DatabaseConfig.forEnvironment(Environment.PRODUCTION).slowQueryThreshold());
        assertEquals(Duration.ofMillis(100), DatabaseConfig.forEnvironment(Environment.TEST).slowQueryThreshold());
        DatabaseConfig production = DatabaseConfig.forEnvironment(Environment.PRODUCTION);
        assertTrue(production.monitoring());
        assertEquals(Duration.ofMinutes(1), production.alertInterval());
    }

    @Test
    void theVariablesSetTheMonitorsSettings() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("NOORMME_SLOW_QUERY_THRESHOLD", "20ms",
                "NOORMME_MONITORING", "off", "NOORMME_ALERT_INTERVAL", "5m"));
        assertEquals(Duration.ofMillis(20), config.slowQueryThreshold());
        assertFalse(config.monitoring());
        assertEquals(Duration.ofMinutes(5), config.alertInterval());
        assertEquals(config, config.toBuilder().build());
    }

    @Test
    void aThresholdThatDoesNotParseOrIsOutOfRangeNamesTheVariable() {
        IllegalArgumentException fast = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_SLOW_QUERY_THRESHOLD", "fast")));
        assertEquals("NOORMME_SLOW_QUERY_THRESHOLD='fast' cannot be used: 'fast' is not a duration: write <n>ms,"
                + " <n>s, <n>m, <n>h or <n>d, e.g. 5s", fast.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_SLOW_QUERY_THRESHOLD", "0ms")));
        assertEquals("NOORMME_SLOW_QUERY_THRESHOLD='0ms' cannot be used: slowQueryThreshold must be between"
                + " 1ms and 1h, was 0ms", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.builder().alertInterval(Duration.ZERO));
        assertThrows(NullPointerException.class, () -> DatabaseConfig.builder().slowQueryThreshold(null));
    }
}

package dev.noormme.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptimizerSettingsTest {

    @Test
    void productionRunsDailyAndTheOtherEnvironmentsHaveNoSchedule() {
        assertEquals(OptimizerSchedule.dailyAt(LocalTime.of(3, 0)),
                DatabaseConfig.forEnvironment(Environment.PRODUCTION).optimizerSchedule());
        assertTrue(DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).optimizerSchedule().isOff());
        assertTrue(DatabaseConfig.forEnvironment(Environment.TEST).optimizerSchedule().isOff());
    }

    @Test
    void everyFormParsesAndPrintsBack() {
        for (String form : new String[] {"off", "daily at 03:00", "daily at 23:30", "every 6h", "every 15m", "every 2d"}) {
            assertEquals(form, OptimizerSchedule.parse(form).toString());
        }
        assertEquals(OptimizerSchedule.dailyAt(LocalTime.of(3, 0)), OptimizerSchedule.parse(" Daily "));
        assertEquals(Duration.ofHours(12), OptimizerSchedule.parse("EVERY 12h").interval().orElseThrow());
    }

    @Test
    void aScheduleThatDoesNotParseNamesTheSettingAndTheForms() {
        IllegalArgumentException builder = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder().optimizerSchedule("soon"));
        assertEquals("optimizerSchedule: 'soon' is not an optimizer schedule: write off, daily, daily at HH:MM"
                + " (24-hour, local time) or every <n>ms|s|m|h|d (e.g. every 6h)", builder.getMessage());
        IllegalArgumentException variable = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_OPTIMIZER_SCHEDULE", "daily at 25:00")));
        assertTrue(variable.getMessage().startsWith("NOORMME_OPTIMIZER_SCHEDULE='daily at 25:00' cannot be used:"
                + " 'daily at 25:00' is not an optimizer schedule: write off, daily,"), variable.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OptimizerSchedule.parse("every 10s"),
                "shorter than a minute");
    }

    @Test
    void variablesOverrideEveryOptimizerSetting() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "NOORMME_OPTIMIZER_SCHEDULE", "every 6h",
                "NOORMME_OPTIMIZER_CHECK_INTERVAL", "30s",
                "NOORMME_OPTIMIZER_WAL_LIMIT_MB", "16",
                "NOORMME_OPTIMIZER_FREE_PAGE_RATIO", "0.4",
                "NOORMME_OPTIMIZER_ANALYZE_AFTER_CHANGES", "500"));
        assertEquals(OptimizerSchedule.every(Duration.ofHours(6)), config.optimizerSchedule());
        assertEquals(Duration.ofSeconds(30), config.optimizerCheckInterval());
        assertEquals(16, config.optimizerWalLimitMb());
        assertEquals(0.4, config.optimizerFreePageRatio());
        assertEquals(500, config.optimizerAnalyzeAfterChanges());
        assertNotEquals(DatabaseConfig.builder().build(), config);
        assertEquals(config, config.toBuilder().build());
        assertEquals(config.hashCode(), config.toBuilder().build().hashCode());
        assertTrue(config.toString().contains("optimizerSchedule=every 6h"), config::toString);
        IllegalArgumentException ratio = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_OPTIMIZER_FREE_PAGE_RATIO", "2")));
        assertTrue(ratio.getMessage().startsWith("NOORMME_OPTIMIZER_FREE_PAGE_RATIO='2.0' cannot be used"),
                ratio.getMessage());
    }

    @Test
    void aDailyScheduleRunsNextAtItsTimeTodayOrTomorrow() {
        OptimizerSchedule schedule = OptimizerSchedule.dailyAt(LocalTime.of(3, 0));
        ZonedDateTime before = ZonedDateTime.of(2026, 11, 30, 2, 59, 0, 0, ZoneOffset.UTC);
        assertEquals(before.withMinute(0).withHour(3), schedule.nextRun(before, ZoneOffset.UTC).orElseThrow());
        ZonedDateTime at = before.withHour(3).withMinute(0);
        assertEquals(at.plusDays(1), schedule.nextRun(at, ZoneOffset.UTC).orElseThrow());
        assertTrue(OptimizerSchedule.off().nextRun(at, ZoneOffset.UTC).isEmpty());
    }
}

package dev.noormme.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationSettingsTest {

    @Test
    void defaultsFollowTheEnvironmentTable() {
        for (Environment environment : Environment.values()) {
            DatabaseConfig config = DatabaseConfig.forEnvironment(environment);
            assertTrue(config.migrateOnOpen());
            assertEquals(environment == Environment.PRODUCTION, config.backupBeforeMigrate(), environment.name());
            assertEquals(5, config.backupsToKeep());
            assertEquals(List.of("classpath:db/migration"), config.migrationLocations());
            assertFalse(config.baselineOnMigrate());
            assertEquals("1", config.baselineVersion());
        }
    }

    @Test
    void builderSetsEachAndToBuilderKeepsThem() {
        DatabaseConfig config = DatabaseConfig.builder().migrateOnOpen(false).backupBeforeMigrate(true).backupsToKeep(2)
                .migrationLocations("classpath:a", "filesystem:/b").build();
        assertFalse(config.migrateOnOpen());
        assertTrue(config.backupBeforeMigrate());
        assertEquals(2, config.backupsToKeep());
        assertEquals(List.of("classpath:a", "filesystem:/b"), config.migrationLocations());
        assertEquals(config, config.toBuilder().build());
        assertEquals(config.hashCode(), config.toBuilder().build().hashCode());
        assertTrue(config.toString().contains("backupsToKeep=2"), config.toString());
    }

    @Test
    void baselineSettingsAreSetByTheBuilderAndByTheEnvironment() {
        DatabaseConfig config = DatabaseConfig.builder().baselineOnMigrate(true).baselineVersion("2.1").build();
        assertTrue(config.baselineOnMigrate());
        assertEquals("2.1", config.baselineVersion());
        assertEquals(config, config.toBuilder().build());
        assertFalse(config.equals(config.toBuilder().baselineVersion("3").build()));
        DatabaseConfig fromVariables = DatabaseConfig.fromEnvironment(Map.of(
                "NOORMME_BASELINE_ON_MIGRATE", "true", "NOORMME_BASELINE_VERSION", "4"));
        assertTrue(fromVariables.baselineOnMigrate());
        assertEquals("4", fromVariables.baselineVersion());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_BASELINE_VERSION", "v1")));
        assertTrue(bad.getMessage().startsWith("NOORMME_BASELINE_VERSION='v1' cannot be used: baselineVersion is a"
                + " migration version"), bad.getMessage());
    }

    @Test
    void builderRefusesBadValues() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.builder().backupsToKeep(0));
        IllegalArgumentException location = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.builder().migrationLocations("db/migration"));
        assertTrue(location.getMessage().contains("classpath: or filesystem:"), location.getMessage());
    }

    @Test
    void fromEnvironmentReadsTheMigrationVariables() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("NOORMME_ENV", "production",
                "NOORMME_MIGRATE_ON_OPEN", "false", "NOORMME_BACKUP_BEFORE_MIGRATE", "off",
                "NOORMME_BACKUPS_TO_KEEP", "9", "NOORMME_MIGRATION_LOCATIONS", "classpath:x , filesystem:/y"));
        assertFalse(config.migrateOnOpen());
        assertFalse(config.backupBeforeMigrate());
        assertEquals(9, config.backupsToKeep());
        assertEquals(List.of("classpath:x", "filesystem:/y"), config.migrationLocations());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_BACKUPS_TO_KEEP", "0")));
        assertTrue(bad.getMessage().startsWith("NOORMME_BACKUPS_TO_KEEP='0' cannot be used"), bad.getMessage());
    }
}

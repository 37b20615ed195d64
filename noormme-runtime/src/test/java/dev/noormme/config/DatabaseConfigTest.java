package dev.noormme.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.cache.CachePolicy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void developmentDefaults() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT);
        assertEquals(Environment.DEVELOPMENT, config.environment());
        assertEquals(Optional.of("jdbc:sqlite:noormme-dev.db"), config.url());
        assertEquals(JournalMode.WAL, config.journalMode());
        assertEquals(Synchronous.NORMAL, config.synchronous());
        assertEquals(Duration.ofSeconds(5), config.busyTimeout());
        assertEquals(4, config.readerPoolSize());
        assertTrue(config.createSchema());
    }

    @Test
    void productionDefaults() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION);
        assertEquals(Optional.of("jdbc:sqlite:noormme.db"), config.url());
        assertEquals(JournalMode.WAL, config.journalMode());
        assertEquals(Synchronous.NORMAL, config.synchronous());
        assertFalse(config.createSchema(), "production schemas come from migrations only");
    }

    @Test
    void testDefaultsArePrivateWalWithoutSync() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST);
        assertEquals(Optional.empty(), config.url(), "absent url: a private temporary database");
        assertEquals(JournalMode.WAL, config.journalMode());
        assertEquals(Synchronous.OFF, config.synchronous());
    }

    @Test
    void builderStartsFromDevelopmentAndSetsEverySetting() {
        DatabaseConfig config = DatabaseConfig.builder()
                .environment(Environment.PRODUCTION)
                .url("jdbc:sqlite:app.db")
                .journalMode(JournalMode.DELETE)
                .synchronous(Synchronous.FULL)
                .busyTimeout(Duration.ofMillis(250))
                .readerPoolSize(2)
                .createSchema(false)
                .build();
        assertEquals(Environment.PRODUCTION, config.environment());
        assertEquals(Optional.of("jdbc:sqlite:app.db"), config.url());
        assertEquals(JournalMode.DELETE, config.journalMode());
        assertEquals(Synchronous.FULL, config.synchronous());
        assertEquals(Duration.ofMillis(250), config.busyTimeout());
        assertEquals(2, config.readerPoolSize());
        assertFalse(config.createSchema());
        assertEquals(DatabaseConfig.forEnvironment(Environment.DEVELOPMENT), DatabaseConfig.builder().build());
    }

    @Test
    void toBuilderChangesOneSettingAndKeepsTheRest() {
        DatabaseConfig production = DatabaseConfig.forEnvironment(Environment.PRODUCTION);
        DatabaseConfig changed = production.toBuilder().url("jdbc:sqlite:/var/lib/app.db").build();
        assertEquals(Optional.of("jdbc:sqlite:/var/lib/app.db"), changed.url());
        assertEquals(production.synchronous(), changed.synchronous());
        assertEquals(production.environment(), changed.environment());
        assertNotEquals(production, changed);
        assertEquals(production, production.toBuilder().build());
        assertEquals(production.hashCode(), production.toBuilder().build().hashCode());
    }

    @Test
    void toBuilderWithNullUrlMakesThePrivateDatabase() {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder().url(null).build();
        assertEquals(Optional.empty(), config.url());
        assertTrue(config.toString().contains("<private temporary database>"));
    }

    @Test
    void builderRefusesBadValues() {
        DatabaseConfig.Builder builder = DatabaseConfig.builder();
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> builder.url("app.db"));
        assertTrue(url.getMessage().contains("jdbc:sqlite:"), url.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.readerPoolSize(-1));
        assertThrows(IllegalArgumentException.class, () -> builder.readerPoolSize(65));
        assertThrows(IllegalArgumentException.class, () -> builder.busyTimeout(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.busyTimeout(Duration.ofDays(30)));
        assertThrows(NullPointerException.class, () -> builder.journalMode(null));
    }

    @Test
    void fromEnvironmentWithNothingSetIsDevelopment() {
        assertEquals(DatabaseConfig.forEnvironment(Environment.DEVELOPMENT), DatabaseConfig.fromEnvironment(Map.of()));
    }

    @Test
    void fromEnvironmentReadsEveryVariable() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "NOORMME_ENV", "production",
                "NOORMME_URL", "jdbc:sqlite:/data/app.db",
                "NOORMME_JOURNAL_MODE", "truncate",
                "NOORMME_SYNCHRONOUS", "FULL",
                "NOORMME_BUSY_TIMEOUT", "750ms",
                "NOORMME_READER_POOL_SIZE", "8",
                "NOORMME_CREATE_SCHEMA", "false",
                "NOORMME_CACHE_POLICY", "lfu"));
        assertEquals(Environment.PRODUCTION, config.environment());
        assertEquals(Optional.of("jdbc:sqlite:/data/app.db"), config.url());
        assertEquals(JournalMode.TRUNCATE, config.journalMode());
        assertEquals(Synchronous.FULL, config.synchronous());
        assertEquals(Duration.ofMillis(750), config.busyTimeout());
        assertEquals(8, config.readerPoolSize());
        assertFalse(config.createSchema());
        assertEquals(CachePolicy.LFU, config.cachePolicy());
    }

    @Test
    void fromEnvironmentStartsFromTheNamedEnvironmentsDefaults() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("NOORMME_ENV", "TEST", "NOORMME_URL", " "));
        assertEquals(DatabaseConfig.forEnvironment(Environment.TEST), config, "a blank variable is not set");
    }

    @Test
    void fromEnvironmentNamesTheVariableWhoseValueIsBad() {
        IllegalArgumentException env = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_ENV", "staging")));
        assertTrue(env.getMessage().startsWith("NOORMME_ENV='staging'"), env.getMessage());
        IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_BUSY_TIMEOUT", "5 seconds")));
        assertTrue(timeout.getMessage().contains("NOORMME_BUSY_TIMEOUT"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("<n>ms"), timeout.getMessage());
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_URL", "postgres://x")));
        assertTrue(url.getMessage().startsWith("NOORMME_URL="), url.getMessage());
        IllegalArgumentException readers = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_READER_POOL_SIZE", "100")));
        assertTrue(readers.getMessage().startsWith("NOORMME_READER_POOL_SIZE="), readers.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_CREATE_SCHEMA", "maybe")));
    }

    @Test
    void postgresqlSettingsComeFromTheBuilderAndTheEnvironment() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "NOORMME_URL", "jdbc:postgresql://db.internal:5433/app?password=s3cret",
                "NOORMME_ISOLATION", "repeatable_read",
                "NOORMME_USERNAME", "app",
                "NOORMME_PASSWORD", "hunter2"));
        assertEquals(Optional.of("jdbc:postgresql://db.internal:5433/app?password=s3cret"), config.url());
        assertEquals(Isolation.REPEATABLE_READ, config.isolation());
        assertEquals(Optional.of("app"), config.username());
        assertEquals(Optional.of("hunter2"), config.password());
        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertFalse(config.toString().contains("hunter2"), config.toString());
        assertEquals(Isolation.READ_COMMITTED, DatabaseConfig.forEnvironment(Environment.PRODUCTION).isolation());
        assertEquals(Optional.empty(), DatabaseConfig.forEnvironment(Environment.PRODUCTION).password());
        IllegalArgumentException isolation = assertThrows(IllegalArgumentException.class,
                () -> DatabaseConfig.fromEnvironment(Map.of("NOORMME_ISOLATION", "dirty")));
        assertTrue(isolation.getMessage().startsWith("NOORMME_ISOLATION='dirty'"), isolation.getMessage());
    }

    @Test
    void durationsUseTheSpecFormat() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofSeconds(5), Durations.parse("5s"));
        assertEquals(Duration.ofMinutes(2), Durations.parse("2m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofDays(7), Durations.parse("7d"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("PT5S"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-5s"));
    }
}

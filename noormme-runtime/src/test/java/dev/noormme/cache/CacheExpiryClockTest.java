package dev.noormme.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expiry clock ticks as finely as the shortest ttl needs, and no finer. */
class CacheExpiryClockTest {

    @TempDir
    Path folder;

    @Test
    void aShortTtlRegisteredWhileTheClockSleepsALongTickStillExpiresOnTime() throws InterruptedException {
        DatabaseConfig config = TestDatabases.config(folder).toBuilder()
                .cachePollInterval(Duration.ofSeconds(10))
                .build();
        try (Database database = Database.open(config, List.of(AccountMapping.INSTANCE))) {
            new CachedAccounts(database, Duration.ofHours(1)); // the clock now ticks once a poll interval
            Thread.sleep(50); // let the watcher fall into that long sleep
            CachedAccounts shortLived = new CachedAccounts(database, Duration.ofMillis(100));
            Account ann = shortLived.support.insert(new Account("ann@example.com", "Ann"));

            shortLived.findById(ann.getId());
            Thread.sleep(400);
            shortLived.findById(ann.getId());

            assertEquals(2, shortLived.loads.get(), "the 100 ms entry was served after its ttl");
        }
    }
}

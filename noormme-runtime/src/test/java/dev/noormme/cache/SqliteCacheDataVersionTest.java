package dev.noormme.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's {@code PRAGMA data_version}: a commit by any other connection to the file, NOORMME's or
 * not, flushes the cache within the poll interval.
 */
class SqliteCacheDataVersionTest {

    @TempDir
    Path folder;

    @Test
    void anotherConnectionsCommitIsSeenWithinThePollInterval() throws SQLException {
        try (Database database = Database.open(TestDatabases.config(folder).toBuilder()
                .cachePollInterval(Duration.ofMillis(50)).build(), List.of(AccountMapping.INSTANCE))) {
            CachedAccounts accounts = new CachedAccounts(database, Duration.ofHours(1));
            Account ann = accounts.support.insert(new Account("ann@example.com", "Ann"));
            assertEquals("Ann", accounts.findById(ann.getId()).orElseThrow().getName());
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
                    Statement statement = connection.createStatement()) {
                statement.execute("UPDATE accounts SET name = 'Changed elsewhere' WHERE id = " + ann.getId());
            }
            long start = System.nanoTime();
            long deadline = start + Duration.ofSeconds(2).toNanos();
            while (!"Changed elsewhere".equals(accounts.findById(ann.getId()).orElseThrow().getName())) {
                assertTrue(System.nanoTime() < deadline, "not flushed within 2 s");
                sleep(10);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 500, "seen after " + millis + " ms with a 50 ms poll interval");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.noormme.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.QueryOptions;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.fixtures.TagMapping;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On PostgreSQL a write evicts the cached reads of the tables its foreign-key actions change,
 * read from the server's catalogue, and a table with a trigger of its own evicts everything:
 * what the trigger writes cannot be known. Both follow DDL run by another program.
 */
class PostgresWriteClosureTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final String url = PostgresServer.newDatabase();
    private Database database;
    private CachedAccounts accounts;

    private void open(CacheInvalidation invalidation) {
        database = Database.open(DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .cachePollInterval(Duration.ofMillis(100)).cacheInvalidation(invalidation).build(),
                List.of(AccountMapping.INSTANCE, TagMapping.INSTANCE));
        accounts = new CachedAccounts(database, HOUR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * Runs DDL as another program would, then waits until the cache noticed the schema change
     * (it flushes everything when it does, which a cached probe shows).
     */
    private void changeSchemaElsewhere(String... statements) throws SQLException {
        long[] probe = {0};
        cachedCount("probe", probe);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (cachedCount("probe", probe) == 1) {
            assertTrue(System.nanoTime() - deadline < 0, "the schema change was not noticed");
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long cachedCount(String table, long[] loads) {
        return database.executeQuery(() -> ++loads[0], table, QueryOptions.cached(HOUR).dependsOn(table));
    }

    @ParameterizedTest
    @EnumSource(names = {"NOTIFY", "POLL"})
    void deleteEvictsTheReadsOfTheTableItCascadesTo(CacheInvalidation invalidation) throws SQLException {
        open(invalidation);
        long id = accounts.support.insert(new Account("ann@example.com", "Ann")).getId();
        changeSchemaElsewhere("CREATE TABLE notes (id BIGINT PRIMARY KEY, account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE)",
                "INSERT INTO notes VALUES (1, " + id + ")");
        long[] loads = {0};
        cachedCount("notes", loads);
        cachedCount("notes", loads);
        assertEquals(1, loads[0]);

        accounts.deleteByName("Ann");

        cachedCount("notes", loads);
        assertEquals(2, loads[0], "the cascade's table was evicted");
    }

    @ParameterizedTest
    @EnumSource(names = {"NOTIFY", "POLL"})
    void writeToATableWithATriggerEvictsEverything(CacheInvalidation invalidation) throws SQLException {
        open(invalidation);
        changeSchemaElsewhere("CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER accounts_stamp BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION stamp()");
        long id = accounts.support.insert(new Account("ann@example.com", "Ann")).getId();
        long[] loads = {0};
        cachedCount("tags", loads);
        cachedCount("tags", loads);
        assertEquals(1, loads[0]);

        accounts.rename(id, "Bob");

        cachedCount("tags", loads);
        assertEquals(2, loads[0], "a trigger may write any table");
    }
}

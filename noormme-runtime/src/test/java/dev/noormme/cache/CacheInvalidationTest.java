package dev.noormme.cache;

import static dev.noormme.cache.CachedAccounts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.QueryOptions;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every way a cached result is evicted, on a real SQLite file and on a real PostgreSQL database:
 * never before commit, never after.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class CacheInvalidationTest {

    @Parameter
    Dialect dialect;

    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path folder;
    private DatabaseConfig config;
    private Database database;
    private CachedAccounts accounts;

    @BeforeEach
    void open() {
        config = TestDatabases.config(dialect, folder).toBuilder().cachePollInterval(Duration.ofMillis(50)).build();
        database = Database.open(config(), List.of(AccountMapping.INSTANCE));
        accounts = new CachedAccounts(database, HOUR);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The one database of this test: every call names the same file, or the same PostgreSQL database. */
    private DatabaseConfig config() {
        return config;
    }

    /** A plain JDBC connection of another client. */
    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection(config.url().orElseThrow());
    }

    private long countRows(String table) {
        try (Connection connection = jdbc(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = jdbc(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private Account insert(String email, String name) {
        return accounts.support.insert(new Account(email, name));
    }

    @Test
    void secondReadIsAHitThatRunsNoQuery() {
        Account ann = insert("ann@example.com", "Ann");
        assertEquals(text(ann), text(accounts.findById(ann.getId())));
        assertEquals(text(ann), text(accounts.findById(ann.getId())));
        assertEquals(1, accounts.loads.get());
        CacheStats stats = database.cache().stats();
        assertEquals(1, stats.hits());
        assertEquals(1, stats.misses());
        assertEquals(0.5, stats.hitRate());
        assertEquals(1, stats.size());
    }

    @Test
    void insertEvictsReadsOfItsTable() {
        assertEquals(List.of(), accounts.findByName("Ann"));
        assertEquals(0, accounts.count());
        Account ann = insert("ann@example.com", "Ann");
        assertEquals(List.of(text(ann)), text(accounts.findByName("Ann")));
        assertEquals(1, accounts.count());
    }

    @Test
    void insertAllEvictsOnceItsTransactionCommits() {
        assertEquals(0, accounts.count());
        accounts.support.insertAll(List.of(new Account("a@x", "A"), new Account("b@x", "B")));
        assertEquals(2, accounts.count());
    }

    @Test
    void updateEvicts() {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        ann.setName("Annie");
        assertTrue(accounts.support.update(ann));
        assertEquals("Annie", accounts.findById(ann.getId()).orElseThrow().getName());
    }

    @Test
    void saveEvicts() {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        ann.setEmail("ann@new.example");
        accounts.support.save(ann);
        assertEquals("ann@new.example", accounts.findById(ann.getId()).orElseThrow().getEmail());
    }

    @Test
    void deleteByIdEvicts() {
        Account ann = insert("ann@example.com", "Ann");
        assertTrue(accounts.findById(ann.getId()).isPresent());
        assertTrue(accounts.support.deleteById(ann.getId()));
        assertEquals(Optional.empty(), accounts.findById(ann.getId()));
    }

    @Test
    void derivedDeleteEvicts() {
        insert("ann@example.com", "Ann");
        assertEquals(1, accounts.findByName("Ann").size());
        assertEquals(1, accounts.deleteByName("Ann"));
        assertEquals(List.of(), accounts.findByName("Ann"));
    }

    @Test
    void queryWriteEvicts() {
        Account ann = insert("ann@example.com", "Ann");
        assertEquals(1, accounts.findByName("Ann").size());
        assertEquals(1, accounts.rename(ann.getId(), "Bea"));
        assertEquals(List.of(), accounts.findByName("Ann"));
        assertEquals(1, accounts.findByName("Bea").size());
    }

    @Test
    void deleteCascadingToAnotherTableEvictsThatTablesReads() throws SQLException {
        execute(switch (dialect) {
            case SQLITE -> "CREATE TABLE notes (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL"
                    + " REFERENCES accounts(id) ON DELETE CASCADE, text TEXT)";
            case POSTGRESQL -> "CREATE TABLE notes (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, text TEXT)";
        });
        Account ann = insert("ann@example.com", "Ann");
        execute("INSERT INTO notes (account_id, text) VALUES (" + ann.getId() + ", 'hello')");
        Supplier<Long> notes = () -> database.executeQuery(() -> countRows("notes"), "notes",
                QueryOptions.cached(HOUR).dependsOn("notes"));
        waitForFlushOf(notes, 1L); // the note was written by another connection
        assertEquals(1L, notes.get());
        accounts.support.deleteById(ann.getId()); // the repository declares only "accounts"
        assertEquals(0L, notes.get());
    }

    @Test
    void insertFiringATriggerEvictsTheTriggersTable() throws SQLException {
        switch (dialect) {
            case SQLITE -> execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT)",
                    "CREATE TRIGGER accounts_audit AFTER INSERT ON accounts BEGIN"
                            + " INSERT INTO audit (note) VALUES (NEW.email); END");
            case POSTGRESQL -> execute("CREATE TABLE audit (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, note TEXT)",
                    "CREATE FUNCTION accounts_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + " BEGIN INSERT INTO audit (note) VALUES (NEW.email); RETURN NULL; END $$",
                    "CREATE TRIGGER accounts_audit AFTER INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_audit()");
        }
        Supplier<Long> audit = () -> database.executeQuery(() -> countRows("audit"), "audit",
                QueryOptions.cached(HOUR).dependsOn("audit"));
        waitForFlushOf(audit, 0L);
        insert("ann@example.com", "Ann");
        assertEquals(1L, audit.get());
    }

    /** Waits until a result reflects another connection's commit (the data_version poll). */
    private static <T> void waitForFlushOf(Supplier<T> read, T expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!expected.equals(read.get())) {
            assertTrue(System.nanoTime() < deadline, "not flushed within 2 s");
            sleep(10);
        }
    }

    @Test
    void aTransactionsWriteEvictsAtCommitAndNotBefore() throws Exception {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        AtomicReference<String> seenByOthersDuring = new AtomicReference<>();
        database.inTransaction(() -> {
            accounts.rename(ann.getId(), "Annie");
            assertEquals("Annie", accounts.findById(ann.getId()).orElseThrow().getName()); // its own write
            Thread other = new Thread(() -> seenByOthersDuring.set(accounts.findById(ann.getId()).orElseThrow().getName()));
            other.start();
            join(other);
        });
        assertEquals("Ann", seenByOthersDuring.get()); // uncommitted: the cache still holds the committed row
        assertEquals("Annie", accounts.findById(ann.getId()).orElseThrow().getName());
    }

    @Test
    void aRollbackLeavesTheCacheAsItWas() {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        int loads = accounts.loads.get();
        assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
            accounts.rename(ann.getId(), "Annie");
            assertEquals("Annie", accounts.findById(ann.getId()).orElseThrow().getName());
            throw new IllegalStateException("roll back");
        }));
        int loadsInTransaction = accounts.loads.get() - loads;
        assertEquals("Ann", accounts.findById(ann.getId()).orElseThrow().getName());
        assertEquals(loads + loadsInTransaction, accounts.loads.get(), "the entry from before is still a hit");
    }

    @Test
    void readsOfATableTheTransactionWroteBypassTheCacheAndDoNotFillIt() {
        Account ann = insert("ann@example.com", "Ann");
        database.inTransaction(() -> {
            accounts.rename(ann.getId(), "Annie");
            accounts.findById(ann.getId());
            accounts.findById(ann.getId());
            assertEquals(2, accounts.loads.get(), "both reads ran their query");
            assertEquals(0, database.cache().stats().size(), "nothing uncommitted was stored");
        });
        assertEquals("Annie", accounts.findById(ann.getId()).orElseThrow().getName());
    }

    @Test
    void readsOfTablesTheTransactionDidNotWriteStillUseTheCache() {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        String other = database.inTransaction(() -> {
            database.executeQuery(() -> 1, "unrelated", QueryOptions.cached(HOUR).dependsOn("tags"));
            return accounts.findById(ann.getId()).orElseThrow().getName();
        });
        assertEquals("Ann", other);
        assertEquals(1, accounts.loads.get());
    }

    @Test
    void anotherDatabaseOnTheSameDatabaseIsAnotherConnection() {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        try (Database second = Database.open(config(), List.of(AccountMapping.INSTANCE))) {
            new CachedAccounts(second, HOUR).rename(ann.getId(), "From the second");
        }
        waitForFlushOf(() -> accounts.findById(ann.getId()).orElseThrow().getName(), "From the second");
    }

    @Test
    void anEntryExpiresAfterItsTtl() {
        CachedAccounts shortLived = new CachedAccounts(database, Duration.ofMillis(100));
        Account ann = insert("ann@example.com", "Ann");
        shortLived.findById(ann.getId());
        shortLived.findById(ann.getId());
        assertEquals(1, shortLived.loads.get());
        sleep(200);
        // The expiry clock is advanced by a background thread; on a loaded machine it may run late.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        shortLived.findById(ann.getId());
        while (shortLived.loads.get() < 2 && System.nanoTime() < deadline) {
            sleep(20);
            shortLived.findById(ann.getId());
        }
        assertEquals(2, shortLived.loads.get());
        assertEquals(1, database.cache().stats().evictions());
    }

    @Test
    void entriesExpireWhileAnotherThreadHoldsTheWriter() throws Exception {
        CachedAccounts shortLived = new CachedAccounts(database, Duration.ofMillis(100));
        Account ann = insert("ann@example.com", "Ann");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> database.inTransaction(() -> {
            holding.countDown();
            release.await();
            return null;
        }));
        writer.start();
        try {
            holding.await();
            sleep(200); // several poll intervals: a poll that waited for the writer would stop the clock here
            shortLived.findById(ann.getId());
            sleep(300);
            shortLived.findById(ann.getId());
            assertEquals(2, shortLived.loads.get(), "the entry outlived its ttl while the writer was held");
        } finally {
            release.countDown();
            writer.join();
        }
    }

    @Test
    void explicitInvalidationByTableGlobAndAll() {
        Account ann = insert("ann@example.com", "Ann");
        accounts.findById(ann.getId());
        database.cache().invalidateTable("ACCOUNTS");
        accounts.findById(ann.getId());
        assertEquals(2, accounts.loads.get());
        database.cache().invalidate("tag*");
        accounts.findById(ann.getId());
        assertEquals(2, accounts.loads.get(), "tags* does not match accounts");
        database.cache().invalidate("acc?unt[sx]");
        accounts.findById(ann.getId());
        assertEquals(3, accounts.loads.get());
        database.cache().invalidateAll();
        accounts.findById(ann.getId());
        assertEquals(4, accounts.loads.get());
        assertThrows(IllegalArgumentException.class, () -> database.cache().invalidate("users[a"));
    }

    @Test
    void aMissThatLostTheRaceWithACommitIsNeverServed() throws Exception {
        Account ann = insert("ann@example.com", "Ann");
        var slowRead = accounts.support.<String>cached("slow", HOUR, "accounts");
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> slowRead.get(() -> {
            String before = accounts.support.findById(ann.getId()).orElseThrow().getName();
            read.countDown();
            await(committed);
            return before; // stored after the commit's eviction, with the stamp from before it
        }));
        reader.start();
        await(read);
        accounts.rename(ann.getId(), "Annie"); // commits while the reader holds the old row
        committed.countDown();
        join(reader);
        assertEquals("Annie", slowRead.get(() -> accounts.support.findById(ann.getId()).orElseThrow().getName()));
    }

    @Test
    void executeQueryWithDefaultsRunsEveryTime() {
        int[] runs = {0};
        database.executeQuery(() -> ++runs[0], "plain", QueryOptions.defaults());
        database.executeQuery(() -> ++runs[0], "plain", QueryOptions.defaults());
        assertEquals(2, runs[0]);
        assertEquals(1, (int) database.executeQuery(() -> ++runs[0] - 2, "cached", QueryOptions.cached(HOUR)));
        assertEquals(1, (int) database.executeQuery(() -> ++runs[0], "cached", QueryOptions.cached(HOUR)));
        assertEquals(3, runs[0]);
    }

    @Test
    void arraysAndCollectionsKeyByValue() {
        var query = accounts.support.<Integer>cached("byValue", HOUR, "accounts");
        int[] runs = {0};
        query.get(CachedQuery.byValue(new int[] {1, 2}), () -> ++runs[0]);
        query.get(CachedQuery.byValue(new int[] {1, 2}), () -> ++runs[0]);
        query.get(new Object[] {CachedQuery.byValue(List.of(1, 2)), "x"}, () -> ++runs[0]);
        query.get(new Object[] {CachedQuery.byValue(new java.util.ArrayList<>(List.of(1, 2))), "x"}, () -> ++runs[0]);
        java.util.List<Integer> mutable = new java.util.ArrayList<>(List.of(3));
        query.get(CachedQuery.byValue(mutable), () -> ++runs[0]);
        mutable.add(4);
        query.get(CachedQuery.byValue(mutable), () -> ++runs[0]);
        query.get(CachedQuery.byValue(List.of(3)), () -> ++runs[0]);
        assertEquals(4, runs[0]);
    }

    @Test
    void cachedListsAreUnmodifiable() {
        insert("ann@example.com", "Ann");
        List<Account> first = accounts.findByName("Ann");
        assertThrows(UnsupportedOperationException.class, () -> first.add(new Account()));
    }

    @Test
    void aDisabledCacheRunsEveryRead() {
        database.close();
        database = Database.open(config().toBuilder().cacheEnabled(false).build(), List.of(AccountMapping.INSTANCE));
        accounts = new CachedAccounts(database, HOUR);
        accounts.count();
        accounts.count();
        assertEquals(2, accounts.loads.get());
        assertEquals(CacheStats.of(0, 0, 0, 0, 0), database.cache().stats());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, java.util.concurrent.TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

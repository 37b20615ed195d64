package dev.noormme.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.noormme.Database;
import dev.noormme.QueryOptions;
import dev.noormme.connection.PoolState;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.DatabaseAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On SQLite, what a database without cached queries does not need is not started at open (issue
 * 13), and what starts later behaves as if it had started at open.
 */
class StartupLazinessTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path folder;

    @Test
    void theCacheWatcherStartsWithTheFirstCachedEntryAndStopsAtClose() {
        Set<Long> before = watcherIds();
        Database database = Database.open(TestDatabases.config(folder), List.of(AccountMapping.INSTANCE));
        try {
            CachedAccounts accounts = new CachedAccounts(database, HOUR);
            Account ann = accounts.support.insert(new Account("ann@example.com", "Ann"));
            accounts.support.findById(ann.getId());
            assertEquals(Set.of(), newWatchers(before), "a watcher ran before anything was cached");

            accounts.findById(ann.getId());

            assertEquals(1, newWatchers(before).size());
        } finally {
            database.close();
        }
        assertEquals(Set.of(), newWatchers(before), "the watcher outlived close()");
    }

    @Test
    void aCommitElsewhereAfterTheFirstCachedEntryIsSeen() throws SQLException {
        try (Database database = Database.open(TestDatabases.config(folder), List.of(AccountMapping.INSTANCE))) {
            CachedAccounts accounts = new CachedAccounts(database, HOUR);
            assertEquals(0L, accounts.count());

            execute("INSERT INTO accounts (email, name) VALUES ('bob@example.com', 'Bob')");

            waitFor(accounts::count, 1L);
        }
    }

    @Test
    void aTriggerAddedElsewhereBeforeTheFirstCachedEntryIsFollowed() throws SQLException {
        try (Database database = Database.open(TestDatabases.config(folder), List.of(AccountMapping.INSTANCE))) {
            CachedAccounts accounts = new CachedAccounts(database, HOUR);
            accounts.support.insert(new Account("ann@example.com", "Ann")); // the tables an insert reaches, read now
            execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT)",
                    "CREATE TRIGGER accounts_audit AFTER INSERT ON accounts BEGIN"
                            + " INSERT INTO audit (note) VALUES (NEW.email); END");
            Supplier<Long> audit = () -> database.executeQuery(() -> countAudit(), "audit",
                    QueryOptions.cached(HOUR).dependsOn("audit"));
            assertEquals(0L, audit.get()); // the first cached entry

            accounts.support.insert(new Account("bob@example.com", "Bob"));

            assertEquals(1L, audit.get(), "the insert's trigger was not followed to audit");
        }
    }

    @Test
    void oneReaderOpensAtOpenAndTheOthersCountAsIdleUntilAReadNeedsThem() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "counts open files through /proc");
        try (Database database = Database.open(TestDatabases.config(folder), List.of(AccountMapping.INSTANCE))) {
            PoolState atOpen = DatabaseAccess.pool(database);
            assertEquals(4, atOpen.readersTotal());
            assertEquals(4, atOpen.readersIdle());
            assertEquals(2, connectionsTo(folder.resolve("test.db")), "the writer and one reader at open");

            CachedAccounts accounts = new CachedAccounts(database, HOUR);
            Account ann = accounts.support.insert(new Account("ann@example.com", "Ann"));
            for (int i = 0; i < 3; i++) {
                accounts.support.findById(ann.getId());
            }
            assertEquals(2, connectionsTo(folder.resolve("test.db")), "one reader at a time needs no second");
        }
    }

    /** Another connection's count, so that only the cache decides what the caller sees. */
    private long countAudit() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM audit")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("test.db"));
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static <T> void waitFor(Supplier<T> read, T expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!expected.equals(read.get())) {
            assertTrue(System.nanoTime() < deadline, "not flushed within 3 s");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static long connectionsTo(Path file) throws Exception {
        long count = 0;
        try (var links = Files.list(Path.of("/proc/self/fd"))) {
            for (Path link : (Iterable<Path>) links::iterator) {
                try {
                    if (Files.readSymbolicLink(link).equals(file.toAbsolutePath())) {
                        count++;
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        return count;
    }

    private static Set<Long> watcherIds() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("noormme-cache-watcher") && thread.isAlive())
                .map(Thread::getId).collect(Collectors.toSet());
    }

    private static Set<Long> newWatchers(Set<Long> before) {
        Set<Long> now = watcherIds();
        now.removeAll(before);
        return now;
    }
}

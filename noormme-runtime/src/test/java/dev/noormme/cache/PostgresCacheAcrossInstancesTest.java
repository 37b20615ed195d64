package dev.noormme.cache;

import static dev.noormme.cache.CachedAccounts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.QueryOptions;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.fixtures.Tag;
import dev.noormme.fixtures.TagMapping;
import dev.noormme.internal.RepositorySupport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Two application instances — two {@link Database}s — on one real PostgreSQL database: neither
 * serves a cached result the other's committed write made stale for longer than the poll
 * interval, a rolled-back write flushes nothing, and both ways of hearing (NOTIFY, and the
 * polled versions table that stands in where LISTEN is missing) behave alike.
 */
class PostgresCacheAcrossInstancesTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration INTERVAL = Duration.ofMillis(200);
    /** Scheduling slack on a loaded machine, on top of the promised interval. */
    private static final Duration SLACK = Duration.ofSeconds(2);

    private final String url = PostgresServer.newDatabase();
    private final List<Database> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Database open(CacheInvalidation invalidation) {
        return open(invalidation, true);
    }

    private Database open(CacheInvalidation invalidation, boolean cacheEnabled) {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .cachePollInterval(INTERVAL).cacheInvalidation(invalidation).cacheEnabled(cacheEnabled).build();
        Database database = Database.open(config, List.of(AccountMapping.INSTANCE, TagMapping.INSTANCE));
        opened.add(database);
        return database;
    }

    private static long seed(CachedAccounts accounts, String email, String name) {
        return accounts.support.insert(new Account(email, name)).getId();
    }

    @ParameterizedTest
    @EnumSource(names = {"NOTIFY", "POLL"})
    void commitInOneInstanceReachesTheOtherWithinTheInterval(CacheInvalidation invalidation) {
        CachedAccounts b = new CachedAccounts(open(invalidation), HOUR);
        long id = seed(b, "ann@example.com", "Ann");
        // Opened after the seed, so the seed's own announcement cannot flush what A caches below.
        CachedAccounts a = new CachedAccounts(open(invalidation), HOUR);
        assertEquals(id + ":ann@example.com:Ann", text(a.findById(id)));
        assertEquals(id + ":ann@example.com:Ann", text(a.findById(id)));
        assertEquals(1, a.loads.get(), "the second read is a hit");

        b.rename(id, "Bob");
        long committed = System.nanoTime();

        awaitWithin(INTERVAL.plus(SLACK), () -> text(a.findById(id)).endsWith(":Bob"));
        Duration took = Duration.ofNanos(System.nanoTime() - committed);
        assertTrue(took.compareTo(INTERVAL.plus(SLACK)) <= 0, "seen after " + took);
    }

    @ParameterizedTest
    @EnumSource(names = {"NOTIFY", "POLL"})
    void rolledBackWriteInOneInstanceLeavesTheOthersCache(CacheInvalidation invalidation) {
        Database second = open(invalidation);
        CachedAccounts b = new CachedAccounts(second, HOUR);
        long id = seed(b, "ann@example.com", "Ann");
        Database first = open(invalidation);
        CachedAccounts a = new CachedAccounts(first, HOUR);
        a.findById(id);
        int loads = a.loads.get();

        assertThrows(IllegalStateException.class, () -> second.inTransaction(() -> {
            b.rename(id, "Rolled back");
            throw new IllegalStateException("roll back");
        }));
        // A committed write to another table is the barrier: once A has heard of it, it has heard
        // of everything committed before it, and the rollback was before it.
        long[] tagLoads = {0};
        QueryOptions tagsCached = QueryOptions.cached(HOUR).dependsOn("tags");
        first.executeQuery(() -> ++tagLoads[0], "tags", tagsCached);
        new RepositorySupport<>(second, TagMapping.INSTANCE, "TagsRepository").insert(new Tag("t", "barrier"));
        awaitWithin(INTERVAL.plus(SLACK), () -> first.executeQuery(() -> ++tagLoads[0], "tags", tagsCached) == 2);

        assertEquals(id + ":ann@example.com:Ann", text(a.findById(id)));
        assertEquals(loads, a.loads.get(), "still a hit: the rolled-back write flushed nothing");
    }

    @Test
    void oneNotificationNamesEveryTableTheTransactionWrote() throws SQLException {
        Database writer = open(CacheInvalidation.NOTIFY);
        CachedAccounts accounts = new CachedAccounts(writer, HOUR);
        RepositorySupport<Tag, String> tags = new RepositorySupport<>(writer, TagMapping.INSTANCE, "TagsRepository");
        try (Connection listener = DriverManager.getConnection(url); Statement statement = listener.createStatement()) {
            statement.execute("LISTEN noormme_cache");

            writer.inTransaction(() -> {
                seed(accounts, "ann@example.com", "Ann");
                tags.insert(new Tag("t", "label"));
                return null;
            });

            List<String> payloads = new ArrayList<>();
            awaitWithin(SLACK, () -> {
                payloads.addAll(received(listener));
                return !payloads.isEmpty();
            });
            assertEquals(1, payloads.size(), payloads.toString());
            assertTrue(payloads.get(0).matches("[0-9a-f-]{36} accounts,tags"), payloads.get(0));
        }
    }

    @Test
    void transactionWritingSeveralTablesFlushesEachInTheOtherInstance() {
        Database first = open(CacheInvalidation.NOTIFY);
        Database second = open(CacheInvalidation.NOTIFY);
        CachedAccounts a = new CachedAccounts(first, HOUR);
        CachedAccounts b = new CachedAccounts(second, HOUR);
        RepositorySupport<Tag, String> tags = new RepositorySupport<>(second, TagMapping.INSTANCE, "TagsRepository");
        long[] tagLoads = {0};
        QueryOptions tagsCached = QueryOptions.cached(HOUR).dependsOn("tags");
        assertEquals(0, a.count());
        first.executeQuery(() -> ++tagLoads[0], "tags", tagsCached);

        second.inTransaction(() -> {
            seed(b, "ann@example.com", "Ann");
            tags.insert(new Tag("t", "label"));
            return null;
        });

        awaitWithin(INTERVAL.plus(SLACK), () -> a.count() == 1);
        awaitWithin(INTERVAL.plus(SLACK), () -> first.executeQuery(() -> ++tagLoads[0], "tags", tagsCached) == 2);
    }

    @Test
    void pollingKeepsOneVersionRowPerTableWritten() throws SQLException {
        CachedAccounts b = new CachedAccounts(open(CacheInvalidation.POLL), HOUR);
        long id = seed(b, "ann@example.com", "Ann");
        b.rename(id, "Bob");

        try (Connection jdbc = DriverManager.getConnection(url); Statement statement = jdbc.createStatement();
                ResultSet row = statement.executeQuery("SELECT table_name, version FROM noormme_cache_versions")) {
            assertTrue(row.next());
            assertEquals("accounts", row.getString(1));
            assertEquals(2, row.getLong(2));
        }
    }

    @Test
    void writesOfAnInstanceWithoutCacheStillReachTheOthers() {
        CachedAccounts a = new CachedAccounts(open(CacheInvalidation.AUTO), HOUR);
        CachedAccounts b = new CachedAccounts(open(CacheInvalidation.AUTO, false), HOUR);
        long id = seed(b, "ann@example.com", "Ann");
        a.findById(id);

        b.rename(id, "Bob");

        awaitWithin(INTERVAL.plus(SLACK), () -> text(a.findById(id)).endsWith(":Bob"));
    }

    @Test
    void lostListenerFlushesAndListensAgain() throws SQLException {
        CachedAccounts a = new CachedAccounts(open(CacheInvalidation.AUTO), HOUR);
        CachedAccounts b = new CachedAccounts(open(CacheInvalidation.AUTO), HOUR);
        long id = seed(b, "ann@example.com", "Ann");
        a.findById(id);
        int loads = a.loads.get();

        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'noormme-cache-listener' AND datname = current_database()");
        }

        awaitWithin(INTERVAL.plus(SLACK), () -> {
            a.findById(id);
            return a.loads.get() > loads;
        });
        awaitWithin(INTERVAL.multipliedBy(2).plus(SLACK), () -> listeners() == 2);
        b.rename(id, "Bob");
        awaitWithin(INTERVAL.plus(SLACK), () -> text(a.findById(id)).endsWith(":Bob"));
    }

    @Test
    void closingTheDatabaseEndsItsListenerAndItsConnection() {
        Database database = open(CacheInvalidation.AUTO);
        assertEquals(1, listeners());
        assertEquals(1, listenerThreads());

        database.close();

        assertEquals(0, listenerThreads());
        awaitWithin(SLACK, () -> listeners() == 0);
    }

    private long listeners() {
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE application_name = 'noormme-cache-listener' AND datname = current_database()")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long listenerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("noormme-cache-listener") && thread.isAlive()).count();
    }

    private static List<String> received(Connection listener) {
        try {
            PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(50);
            List<String> payloads = new ArrayList<>();
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    payloads.add(notification.getParameter());
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code condition} until it holds, failing when {@code limit} passes first. */
    private static void awaitWithin(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + limit);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.ConstraintViolationException;
import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.Environment;
import dev.noormme.config.Isolation;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.SqlErrors;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.Color;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TagMapping;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL connection layer on a real server: the pool's lifecycle, CRUD through a mapping
 * with PostgreSQL's SQL, isolation, constraint messages, an unreachable server, and ids from
 * {@code insertAll} and after explicit ids. The dialect-neutral contract (transactions, error
 * messages) runs on both dialects in {@code TransactionTest} and {@code ConstraintViolationTest}.
 */
class PostgresDatabaseTest {

    private Database database;

    private Database open(DatabaseConfig.Builder settings) {
        database = Database.open(settings.build(),
                List.of(SampleMapping.INSTANCE, TagMapping.INSTANCE, AccountMapping.INSTANCE));
        return database;
    }

    private static DatabaseConfig.Builder config(String url) {
        return DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url);
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private <R> R query(String sql) {
        try {
            return DatabaseAccess.connections(database).read((handle, text) -> {
                @SuppressWarnings("unchecked")
                R value = (R) handle.queryString(text);
                return value;
            }, sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void closeEndsThePoolItsThreadsAndItsConnections() throws Exception {
        String url = PostgresServer.newDatabase();
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        Database opened = open(config(url));
        assertEquals(Dialect.POSTGRESQL, opened.dialect());
        assertEquals("1", query("SELECT 1"));
        assertTrue(connectionsTo(name) > 0, "the pool holds connections while open");
        assertTrue(poolThreads(name) > 0, "the pool runs its housekeeper while open");
        opened.close();
        assertEquals(0, connectionsTo(name), "no server connection is left");
        assertEquals(0, poolThreads(name), "no pool thread is left");
        NoormmeException closed = assertThrows(NoormmeException.class,
                () -> new RepositorySupport<>(opened, AccountMapping.INSTANCE).count());
        assertTrue(closed.getMessage().contains("is closed"), closed.getMessage());
    }

    private static long poolThreads(String database) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("noormme-" + database + ":")).count();
    }

    private static int connectionsTo(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(PostgresServer.newDatabase());
                Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + database + "'")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void crudThroughAMappingWithPostgresqlSql() {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        Account ada = accounts.insert(new Account("ada@example.com", "Ada"));
        Account grace = accounts.insert(new Account("grace@example.com", "Grace"));
        assertEquals(1L, ada.getId());
        assertEquals(2L, grace.getId());
        assertEquals("Ada", accounts.findById(1L).orElseThrow().getName());
        ada.setName("Ada Lovelace");
        assertTrue(accounts.update(ada));
        assertEquals("Ada Lovelace", accounts.findById(1L).orElseThrow().getName());
        assertTrue(accounts.existsById(2L));
        assertTrue(accounts.deleteById(2L));
        assertFalse(accounts.existsById(2L));
        assertFalse(accounts.update(grace), "no row has the deleted id");
        assertEquals(1, accounts.count());
        assertEquals(List.of("ada@example.com"), accounts.findAll().stream().map(Account::getEmail).toList());
    }

    @Test
    void everyTypeRoundTripsThroughPostgresqlColumns() {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Sample full = new Sample(null, "text", 7, 8, 9L, (short) 10, 1.25, 2.5, 3.5f, true, false,
                new BigDecimal("20.10"), new byte[] {1, 2, 3}, UUID.randomUUID(), Color.GREEN, now,
                LocalDate.of(2026, 11, 30), LocalDateTime.of(2026, 11, 30, 17, 5, 1, 123_456_000));
        Sample stored = samples.insert(full);
        Sample read = samples.findById(stored.id()).orElseThrow();
        assertEquals(stored.text(), read.text());
        assertEquals(stored.maybeCount(), read.maybeCount());
        assertEquals(stored.price(), read.price(), "value and scale");
        assertArrayEquals(stored.data(), read.data());
        assertEquals(stored.token(), read.token());
        assertEquals(stored.color(), read.color());
        assertEquals(stored.createdAt(), read.createdAt());
        assertEquals(stored.day(), read.day());
        assertEquals(stored.at(), read.at());
        assertEquals(stored.active(), read.active());
        assertEquals(stored.maybeActive(), read.maybeActive());
        Sample minimal = samples.findById(samples.insert(Sample.minimal("bare")).id()).orElseThrow();
        assertEquals(null, minimal.maybeCount());
        assertEquals(null, minimal.createdAt());
    }

    @Test
    void transactionsRunAtReadCommittedUnlessConfigured() {
        open(config(PostgresServer.newDatabase()));
        assertEquals("read committed", database.inTransaction(() -> query("SHOW transaction_isolation")));
        database.close();
        open(config(PostgresServer.newDatabase()).isolation(Isolation.SERIALIZABLE));
        assertEquals("serializable", database.inTransaction(() -> query("SHOW transaction_isolation")));
    }

    @Test
    void aSnapshotReadRunsInARepeatableReadReadOnlyTransaction() throws SQLException {
        open(config(PostgresServer.newDatabase()));
        ConnectionManager connections = DatabaseAccess.connections(database);
        List<String> seen = connections.readSnapshot((handle, unused) -> List.of(
                handle.queryString("SHOW transaction_isolation"), handle.queryString("SHOW transaction_read_only")), null);
        assertEquals(List.of("repeatable read", "on"), seen);
        assertEquals("off", query("SHOW transaction_read_only"), "the connection went back to the pool as it was");
    }

    @Test
    void constraintMessagesNameTableAndColumn() throws SQLException {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        accounts.insert(new Account("ada@example.com", "Ada"));
        ConstraintViolationException unique = assertThrows(ConstraintViolationException.class,
                () -> accounts.insert(new Account("ada@example.com", "Another Ada")));
        assertEquals("UNIQUE constraint violated on accounts.email: another row already has this value"
                + " (insert into accounts)", unique.getMessage());
        ConstraintViolationException notNull = assertThrows(ConstraintViolationException.class,
                () -> accounts.insert(new Account(null, "Nobody")));
        assertEquals("NOT NULL constraint violated on accounts.email: the value is null (insert into accounts)",
                notNull.getMessage());

        ConnectionManager connections = DatabaseAccess.connections(database);
        connections.write((handle, sql) -> {
            handle.executeOnce(sql);
            return null;
        }, "CREATE TABLE \"memberships\" (\"id\" BIGSERIAL PRIMARY KEY,"
                + " \"account_id\" BIGINT NOT NULL REFERENCES \"accounts\" (\"id\"))");
        SQLException refused = assertThrows(SQLException.class, () -> connections.write((handle, sql) -> {
            handle.executeOnce(sql);
            return null;
        }, "INSERT INTO \"memberships\" (\"account_id\") VALUES (99)"));
        ConstraintViolationException foreignKey = (ConstraintViolationException) SqlErrors.translate(refused,
                "insert into memberships", "memberships");
        assertEquals("memberships", foreignKey.table());
        assertEquals(List.of("account_id"), foreignKey.columns());
        assertEquals("FOREIGN KEY constraint violated on memberships.account_id: a referenced row does not exist, or"
                + " rows still refer to this one (insert into memberships)", foreignKey.getMessage());
    }

    @Test
    void aFailedStatementCaughtInsideATransactionLeavesItToRollBack() {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        accounts.insert(new Account("ada@example.com", "Ada"));
        NoormmeException failure = assertThrows(NoormmeException.class, () -> database.inTransaction(() -> {
            accounts.insert(new Account("grace@example.com", "Grace"));
            assertThrows(ConstraintViolationException.class, () -> accounts.insert(new Account("ada@example.com", "x")));
            accounts.insert(new Account("linus@example.com", "Linus"));
        }));
        assertTrue(failure.getMessage().contains("An earlier statement of this transaction failed"), failure.getMessage());
        assertEquals(1, accounts.count(), "nothing of the transaction was committed");
    }

    @Test
    void aSqliteOnlyQueryFailsWithTheServersMessageAndTheQuerysName() {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        NoormmeException failure = assertThrows(NoormmeException.class, () -> accounts.list("Accounts.globbed",
                DialectSql.portable("SELECT \"id\" FROM \"accounts\" WHERE \"name\" GLOB ?"),
                statement -> {
                    statement.setString(1, "A*");
                    return 2;
                }, row -> row.getLong(1)));
        assertEquals("Accounts.globbed failed: syntax error at or near \"GLOB\" (SQLSTATE 42601)", failure.getMessage()
                .replaceAll("\\s+Position: \\d+", ""));
    }

    @Test
    void anUnreachableServerFailsTheOpenAtOnceNamingHostAndPort() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        long start = System.nanoTime();
        NoormmeException failure = assertThrows(NoormmeException.class,
                () -> open(config("jdbc:postgresql://localhost:" + port + "/app?user=postgres")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("An unreachable PostgreSQL failed the open in " + millis + " ms: " + failure.getMessage());
        assertTrue(failure.getMessage().startsWith("Cannot connect to PostgreSQL at localhost:" + port + " (database app)"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("Check that the server runs and listens on localhost:" + port),
                failure.getMessage());
        assertTrue(millis < 5_000, "within the connect timeout (busyTimeout, 5 s): " + millis + " ms");
    }

    @Test
    void thePasswordNeverReachesMessages() {
        String url = PostgresServer.newDatabase() + "&password=s3cret";
        open(config(url));
        String shown = DatabaseAccess.connections(database).url();
        assertFalse(shown.contains("s3cret"), shown);
        assertTrue(shown.contains("password=***"), shown);
        database.close();
        NoormmeException closed = assertThrows(NoormmeException.class,
                () -> new RepositorySupport<>(database, AccountMapping.INSTANCE).count());
        assertFalse(closed.getMessage().contains("s3cret"), closed.getMessage());
    }

    @Test
    void insertAllReturnsEveryIdInOrderAcrossChunks() {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        List<Sample> rows = IntStream.range(0, 4_500).mapToObj(i -> Sample.minimal("row " + i)).toList();
        List<Sample> inserted = samples.insertAll(rows);
        assertEquals(4_500, inserted.size());
        for (Sample sample : samples.findAll()) {
            Sample mine = inserted.get((int) (sample.id() - 1));
            assertEquals(sample.id(), mine.id());
            assertEquals(sample.text(), mine.text(), "id " + sample.id());
        }
    }

    @Test
    void explicitIdsMoveTheIdentityPastThem() {
        open(config(PostgresServer.newDatabase()));
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        SampleMapping mapping = SampleMapping.INSTANCE;
        samples.insert(mapping.withGeneratedId(Sample.minimal("explicit"), 100L));
        assertEquals(101L, samples.insert(Sample.minimal("next")).id());
        samples.insertAll(List.of(mapping.withGeneratedId(Sample.minimal("a"), 500L),
                mapping.withGeneratedId(Sample.minimal("b"), 501L)));
        assertEquals(List.of(502L, 503L), samples.insertAll(List.of(Sample.minimal("c"), Sample.minimal("d")))
                .stream().map(Sample::id).toList());
        samples.insertAll(List.of(Sample.minimal("mixed"), mapping.withGeneratedId(Sample.minimal("e"), 900L)));
        samples.save(mapping.withGeneratedId(Sample.minimal("saved"), 1_000L));
        assertEquals(1_001L, samples.insert(Sample.minimal("after save")).id());
        samples.insert(mapping.withGeneratedId(Sample.minimal("low"), 3L));
        assertEquals(1_002L, samples.insert(Sample.minimal("never backwards")).id());
        assertEquals(Optional.of("low"), samples.findById(3L).map(Sample::text));
    }

    @Test
    void backupIsTheServersJob() {
        open(config(PostgresServer.newDatabase()));
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> database.backup(Path.of("copy.db")));
        assertTrue(refused.getMessage().contains("pg_dump"), refused.getMessage());
    }
}

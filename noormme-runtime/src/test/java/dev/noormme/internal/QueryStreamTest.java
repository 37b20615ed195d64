package dev.noormme.internal;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.PostgresRows;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code RepositorySupport.stream} and {@code value}, called as generated methods call them, on
 * a database with one connection to read on, so that a connection a stream keeps is seen by the
 * next read; on SQLite and on PostgreSQL, where a stream reads its rows in chunks from a suspended
 * portal in a read-only transaction of its own.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class QueryStreamTest {

    @Parameter
    Dialect dialect;

    private static final String EMAILS = "SELECT \"email\" FROM \"accounts\" ORDER BY \"id\"";
    /** The state of the server process running the stream's query, from pg_stat_activity. */
    private static final String STREAM_BACKENDS = "SELECT state FROM pg_stat_activity WHERE datname = current_database()"
            + " AND (query = '" + EMAILS.replace("'", "''") + "' OR state = 'idle in transaction')";
    private static final String NAME_OF = "SELECT \"name\" FROM \"accounts\" WHERE \"email\" = ?";

    /**
     * 100,000 numbers, of which the 50,000th cannot be computed (the absolute value of the smallest
     * 64-bit integer): a stream read lazily gives the 49,999 rows before it first.
     */
    private static final String FAILS_AT_50000 = "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g"
            + " WHERE n < 100000) SELECT CASE WHEN n = 50000 THEN abs(49999 - n - 9223372036854775807) ELSE n END FROM g";

    @TempDir
    Path folder;

    private String url;
    private Database database;
    private RepositorySupport<Account, Long> support;

    @BeforeEach
    void open() {
        // One connection to read on, found busy fast: a stream that keeps it makes the next read fail.
        // SQLite: one reader (the writer is not lent for reads); PostgreSQL: a pool of one.
        DatabaseConfig config = TestDatabases.config(dialect, folder).toBuilder()
                .readerPoolSize(dialect == Dialect.SQLITE ? 1 : 0).busyTimeout(Duration.ofMillis(50)).build();
        url = config.url().orElseThrow();
        database = Database.open(config, List.of(AccountMapping.INSTANCE));
        support = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        support.insertAll(List.of(new Account("ann@example.com", "Ann"), new Account("bob@example.com", "Bob"),
                new Account("cy@example.com", null)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Stream<String> emails(AtomicInteger rowsRead) {
        return support.stream("AccountsRepository.streamEmails", DialectSql.portable(EMAILS), StatementBinder.NONE, row -> {
            rowsRead.incrementAndGet();
            return row.getString(1);
        });
    }

    @Test
    void streamReadsOnlyTheRowsItIsAskedFor() {
        AtomicInteger rowsRead = new AtomicInteger();
        try (Stream<String> emails = emails(rowsRead)) {
            assertEquals(0, rowsRead.get());
            assertEquals(Optional.of("ann@example.com"), emails.findFirst());
            assertEquals(1, rowsRead.get());
        }
    }

    @Test
    void unclosedStreamKeepsItsConnectionUntilClosed() throws Exception {
        Stream<String> emails = emails(new AtomicInteger());
        assertEquals(List.of("ann@example.com"), emails.limit(1).toList());
        NoormmeException busy = assertThrows(NoormmeException.class, support::count);
        assertTrue(busy.getMessage().contains(switch (dialect) {
            case SQLITE -> "No reader connection became free";
            case POSTGRESQL -> "Connection is not available";
        }), busy.getMessage());
        if (dialect == Dialect.POSTGRESQL) {
            // The stream's statement is a suspended portal in a transaction of its own, not a result read whole.
            assertEquals(List.of("idle in transaction"), PostgresRows.rows(url, STREAM_BACKENDS));
        }

        emails.close();
        if (dialect == Dialect.POSTGRESQL) {
            assertEquals(List.of(), PostgresRows.rows(url, STREAM_BACKENDS), "closing the stream ended its transaction");
        }
        assertEquals(3, support.count());
        emails.close(); // closing twice is allowed
        assertEquals(3, support.count());
    }

    @Test
    void streamReadsTheDatabasesResultLazily() throws Exception {
        try (Stream<Long> stream = support.stream("AccountsRepository.numbers", DialectSql.portable(FAILS_AT_50000),
                StatementBinder.NONE, row -> row.getLong(1))) {
            Iterator<Long> numbers = stream.iterator();
            // A driver that read the whole result first would have failed before the first row.
            assertEquals(1L, numbers.next());
            long arrived = 1;
            NoormmeException failure = null;
            while (failure == null) {
                try {
                    assertEquals(arrived + 1, numbers.next());
                    arrived++;
                } catch (NoormmeException e) {
                    failure = e;
                }
            }
            assertTrue(failure.getMessage().startsWith("AccountsRepository.numbers"), failure.getMessage());
            switch (dialect) {
                case SQLITE -> assertEquals(49_999, arrived, "SQLite steps row by row");
                // PostgreSQL computes a fetch's rows together: the fetch holding row 50,000 fails whole.
                case POSTGRESQL -> assertTrue(arrived > 49_000 && arrived < 50_000, "rows before the failure: " + arrived);
            }
        }
        assertEquals(3, support.count(), "the failed stream gave its connection back");
        if (dialect == Dialect.POSTGRESQL) {
            assertEquals(List.of(), PostgresRows.rows(url, STREAM_BACKENDS), "and ended its transaction");
        }
    }

    @Test
    void streamInATransactionIsReadLazilyToo() {
        List<Long> first = database.inTransaction(() -> {
            List<Long> read;
            try (Stream<Long> numbers = support.stream("AccountsRepository.numbers", DialectSql.portable(FAILS_AT_50000),
                    StatementBinder.NONE, row -> row.getLong(1))) {
                read = numbers.limit(3).toList();
            }
            // The rows never read were never computed: the transaction goes on and commits.
            support.insert(new Account("dee@example.com", "Dee"));
            return read;
        });
        assertEquals(List.of(1L, 2L, 3L), first);
        assertEquals(4, support.count());
    }

    @Test
    void streamReadToItsEndGivesItsConnectionBack() {
        Stream<String> emails = emails(new AtomicInteger());
        assertEquals(List.of("ann@example.com", "bob@example.com", "cy@example.com"), emails.toList());
        assertEquals(3, support.count());
    }

    @Test
    void streamInATransactionSeesTheTransactionsWrites() {
        List<String> seen = database.inTransaction(() -> {
            support.insert(new Account("dee@example.com", "Dee"));
            try (Stream<String> emails = emails(new AtomicInteger())) {
                return emails.toList();
            }
        });
        assertEquals(List.of("ann@example.com", "bob@example.com", "cy@example.com", "dee@example.com"), seen);
        assertEquals(4, support.count());
    }

    @Test
    void streamOfABadStatementFailsAtOnceAndKeepsNoConnection() {
        assertThrows(NoormmeException.class, () -> support.stream("AccountsRepository.broken",
                DialectSql.portable("SELECT nope FROM \"accounts\""), StatementBinder.NONE, row -> row.getString(1)));
        assertEquals(3, support.count());
    }

    @Test
    void valueForAPrimitiveRefusesNoRowAndNullNamingTheMethod() {
        RowReader<String> name = row -> row.getString(1);
        assertEquals("Ann", support.value("AccountsRepository.nameOf", DialectSql.portable(NAME_OF),
                statement -> { statement.setString(1, "ann@example.com"); return 2; }, name));
        NoormmeException none = assertThrows(NoormmeException.class, () -> support.value(
                "AccountsRepository.nameOf", DialectSql.portable(NAME_OF), statement -> { statement.setString(1, "zed"); return 2; }, name));
        assertTrue(none.getMessage().startsWith("AccountsRepository.nameOf: the query returned no row"),
                none.getMessage());
        NoormmeException nulled = assertThrows(NoormmeException.class, () -> support.value(
                "AccountsRepository.nameOf", DialectSql.portable(NAME_OF),
                statement -> { statement.setString(1, "cy@example.com"); return 2; }, name));
        assertTrue(nulled.getMessage().startsWith("AccountsRepository.nameOf: the query returned NULL"),
                nulled.getMessage());
    }
}

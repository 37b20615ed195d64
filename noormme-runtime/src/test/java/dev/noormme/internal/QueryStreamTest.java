package dev.noormme.internal;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code RepositorySupport.stream} and {@code value}, called as generated methods call them, on
 * a database with one reader, so that a connection a stream keeps is seen by the next read.
 */
class QueryStreamTest {

    private static final String EMAILS = "SELECT \"email\" FROM \"accounts\" ORDER BY \"id\"";
    private static final String NAME_OF = "SELECT \"name\" FROM \"accounts\" WHERE \"email\" = ?";

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Account, Long> support;

    @BeforeEach
    void open() {
        // One reader, found busy after 1.05 s: a stream that keeps it makes the next read fail fast.
        database = Database.open(TestDatabases.config(folder).toBuilder()
                        .readerPoolSize(1).busyTimeout(Duration.ofMillis(50)).build(),
                List.of(AccountMapping.INSTANCE));
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
    void unclosedStreamKeepsItsConnectionUntilClosed() {
        Stream<String> emails = emails(new AtomicInteger());
        assertEquals(List.of("ann@example.com"), emails.limit(1).toList());
        NoormmeException busy = assertThrows(NoormmeException.class, support::count);
        assertTrue(busy.getMessage().contains("No reader connection became free"), busy.getMessage());

        emails.close();
        assertEquals(3, support.count());
        emails.close(); // closing twice is allowed
        assertEquals(3, support.count());
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

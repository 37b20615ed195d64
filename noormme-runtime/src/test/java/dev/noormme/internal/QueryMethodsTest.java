package dev.noormme.internal;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.ConstraintViolationException;
import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountQueries.Contact;
import dev.noormme.fixtures.AccountQueries;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** list, one, queryLong, exists and update, called as generated query methods call them. */
@ParameterizedClass
@EnumSource(Dialect.class)
class QueryMethodsTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private Database database;
    private AccountQueries accounts;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
        accounts = new AccountQueries(database);
        accounts.support().insertAll(List.of(
                new Account("ann@example.com", "Ann"),
                new Account("bob@example.com", "Bob"),
                new Account("bea@example.com", "Bob"),
                new Account("cy@example.com", "Cy")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static List<String> emails(List<Account> rows) {
        return rows.stream().map(Account::getEmail).toList();
    }

    @Test
    void listWithNoMatchingRowIsEmpty() {
        assertEquals(List.of(), accounts.findByName("Nobody"));
    }

    @Test
    void listWithOneMatchingRowHoldsIt() {
        List<Account> rows = accounts.findByName("Ann");
        assertEquals(1, rows.size());
        assertEquals(1L, rows.get(0).getId());
        assertEquals("ann@example.com", rows.get(0).getEmail());
    }

    @Test
    void listReturnsEveryMatchingRowInQueryOrder() {
        assertEquals(List.of("bob@example.com", "bea@example.com"), emails(accounts.findByName("Bob")));
    }

    @Test
    void listReadsRecordProjections() {
        assertEquals(List.of(new Contact("bob@example.com", "Bob"), new Contact("bea@example.com", "Bob")),
                accounts.findContactsByName("Bob"));
    }

    @Test
    void listReadsScalars() {
        assertEquals(List.of("bob@example.com", "bea@example.com"), accounts.emailsByName("Bob"));
    }

    @Test
    void listErrorNamesTheMethod() {
        RepositorySupport<Account, Long> support = accounts.support();
        NoormmeException failure = assertThrows(NoormmeException.class, () -> support.list(
                "AccountsRepository.broken", DialectSql.portable("SELECT nope FROM \"accounts\""), StatementBinder.NONE, row -> 1));
        assertTrue(failure.getMessage().startsWith("AccountsRepository.broken"), failure.getMessage());
        assertTrue(failure.getMessage().contains(switch (dialect) {
            case SQLITE -> "no such column: nope";
            case POSTGRESQL -> "column \"nope\" does not exist";
        }), failure.getMessage());
    }

    @Test
    void oneWithNoRowIsNull() {
        assertNull(accounts.findByEmail("nobody@example.com"));
    }

    @Test
    void oneReturnsTheOnlyRow() {
        Account account = accounts.findByEmail("cy@example.com");
        assertEquals(4L, account.getId());
        assertEquals("Cy", account.getName());
    }

    @Test
    void oneWithTwoRowsThrowsNamingTheMethod() {
        NoormmeException failure = assertThrows(NoormmeException.class, () -> accounts.findOneByName("Bob"));
        assertTrue(failure.getMessage().startsWith("AccountsRepository.findOneByName: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("more"), failure.getMessage());
    }

    @Test
    void oneWithTwoRowsInATransactionLeavesNoStatementRunning() {
        // An open result set on the writer would make COMMIT fail with SQLITE_BUSY.
        database.inTransaction(() -> {
            assertThrows(NoormmeException.class, () -> accounts.findOneByName("Bob"));
            assertEquals(1, accounts.rename(1L, "Anna"));
        });
        assertEquals("Anna", accounts.findByEmail("ann@example.com").getName());
    }

    @Test
    void queryLongReadsTheCount() {
        assertEquals(2L, accounts.countByName("Bob"));
        assertEquals(1L, accounts.countByName("Cy"));
        assertEquals(0L, accounts.countByName("Nobody"));
    }

    @Test
    void queryLongOfNoRowIsZero() {
        assertEquals(0L, accounts.support().queryLong("AccountsRepository.maxIdOfNobody",
                DialectSql.portable("SELECT \"id\" FROM \"accounts\" WHERE \"name\" = 'Nobody'"), StatementBinder.NONE));
    }

    @Test
    void existsIsTrueOnlyForAMatchingRow() {
        assertTrue(accounts.existsByEmail("bea@example.com"));
        assertFalse(accounts.existsByEmail("nobody@example.com"));
    }

    @Test
    void updateReturnsTheRowsChanged() {
        assertEquals(1, accounts.rename(2L, "Robert"));
        assertEquals(List.of("bob@example.com"), emails(accounts.findByName("Robert")));
        assertEquals(1L, accounts.countByName("Bob"));
    }

    @Test
    void updateOfNoRowReturnsZero() {
        assertEquals(0, accounts.rename(99L, "Ghost"));
        assertEquals(0L, accounts.countByName("Ghost"));
    }

    @Test
    void updateConstraintViolationIsTranslated() {
        ConstraintViolationException failure = assertThrows(ConstraintViolationException.class,
                () -> accounts.changeEmail(1L, "bob@example.com"));
        assertEquals("accounts", failure.table());
        assertEquals(List.of("email"), failure.columns());
        assertTrue(failure.getMessage().contains("AccountsRepository.changeEmail"), failure.getMessage());
        assertEquals("Ann", accounts.findByEmail("ann@example.com").getName());
    }

    @Test
    void updateJoinsTheTransactionAndRollsBackWithIt() {
        RuntimeException failure = assertThrows(IllegalStateException.class, () -> database.inTransaction((Runnable) () -> {
            assertEquals(2, accounts.support().update("AccountsRepository.renameAll",
                    DialectSql.portable("UPDATE \"accounts\" SET \"name\" = ? WHERE \"name\" = ?"), statement -> {
                        statement.setString(1, "Rob");
                        statement.setString(2, "Bob");
                        return 3;
                    }));
            // Reads inside the transaction run on the writer and see the update.
            assertEquals(2L, accounts.countByName("Rob"));
            throw new IllegalStateException("abandon");
        }));
        assertEquals("abandon", failure.getMessage());
        assertEquals(0L, accounts.countByName("Rob"));
        assertEquals(2L, accounts.countByName("Bob"));
    }

    @Test
    void updateInACommittedTransactionIsKept() {
        database.inTransaction(() -> {
            accounts.rename(1L, "A");
            accounts.rename(4L, "A");
        });
        assertEquals(List.of("ann@example.com", "cy@example.com"), emails(accounts.findByName("A")));
    }
}

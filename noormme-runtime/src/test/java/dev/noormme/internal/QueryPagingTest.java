package dev.noormme.internal;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.AccountQueries.Contact;
import dev.noormme.fixtures.AccountQueries;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest.Direction;
import dev.noormme.repository.PageRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code RepositorySupport.page}, called as generated {@code Page<T>} query methods call it. */
@ParameterizedClass
@EnumSource(Dialect.class)
class QueryPagingTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private Database database;
    private AccountQueries accounts;

    /**
     * Ten Bobs (ids 1..10) whose emails are not in id order: id i has {@code bob<3i mod 10>},
     * so by email descending the ids are 3, 6, 9, 2, 5, 8, 1, 4, 7, 10. Then three Anns (11..13).
     */
    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
        accounts = new AccountQueries(database);
        List<Account> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(new Account("bob" + (i * 3 % 10) + "@example.com", "Bob"));
        }
        for (int i = 1; i <= 3; i++) {
            rows.add(new Account("ann" + i + "@example.com", "Ann"));
        }
        accounts.support().insertAll(rows);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static List<Long> ids(Page<Account> page) {
        return page.content().stream().map(Account::getId).toList();
    }

    @Test
    void firstPageHoldsTheFirstRowsInIdOrder() {
        Page<Account> page = accounts.findByName("Bob", PageRequest.of(1, 4));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(page));
        assertEquals(10, page.totalElements());
        assertEquals(3, page.totalPages());
        assertTrue(page.hasNext());
    }

    @Test
    void lastPageIsPartial() {
        Page<Account> page = accounts.findByName("Bob", PageRequest.of(3, 4));
        assertEquals(List.of(9L, 10L), ids(page));
        assertEquals(3, page.page());
        assertFalse(page.hasNext());
    }

    @Test
    void pageOfNoMatchingRowsIsEmpty() {
        Page<Account> page = accounts.findByName("Nobody", PageRequest.of(1, 4));
        assertEquals(List.of(), page.content());
        assertEquals(0, page.totalElements());
        assertEquals(0, page.totalPages());
    }

    @Test
    void pagePastTheEndIsEmptyWithTheTotal() {
        Page<Account> page = accounts.findByName("Bob", PageRequest.of(4, 4));
        assertEquals(List.of(), page.content());
        assertEquals(4, page.page());
        assertEquals(10, page.totalElements());
        assertFalse(page.hasNext());
    }

    @Test
    void defaultOrderByIsRespected() {
        assertEquals(List.of(3L, 6L, 9L, 2L), ids(accounts.findByNameOrderByEmailDesc("Bob", PageRequest.of(1, 4))));
        assertEquals(List.of(1L, 4L), ids(accounts.findByNameOrderByEmailDesc("Bob", PageRequest.of(4, 2))));
    }

    @Test
    void defaultOrderByIsFollowedByTheIdAsTieBreaker() {
        RepositorySupport<Account, Long> support = accounts.support();
        PageRequest secondPage = PageRequest.of(2, 5);
        Page<Account> page = support.page("AccountsRepository.findAllOrderByNameDesc",
                DialectSql.portable("SELECT \"id\", \"email\", \"name\" FROM \"accounts\""), DialectSql.portable("SELECT COUNT(*) FROM \"accounts\""),
                StatementBinder.NONE, secondPage,
                DialectSql.of("\"name\" DESC", "\"name\" DESC NULLS LAST"), AccountMapping.INSTANCE::read);
        assertEquals(List.of(6L, 7L, 8L, 9L, 10L), ids(page));
        assertEquals(13, page.totalElements());
    }

    @Test
    void requestSortOverridesTheDefaultOrder() {
        PageRequest byEmail = PageRequest.of(1, 4).sortedBy("email", Direction.ASC);
        assertEquals(List.of(10L, 7L, 4L, 1L), ids(accounts.findByNameOrderByEmailDesc("Bob", byEmail)));
    }

    @Test
    void requestSortIsFollowedByTheIdAsTieBreaker() {
        PageRequest byName = PageRequest.of(2, 4).sortedBy("name");
        assertEquals(List.of(5L, 6L, 7L, 8L), ids(accounts.findByName("Bob", byName)));
    }

    @Test
    void sortByIdDescendingNeedsNoTieBreaker() {
        PageRequest newestFirst = PageRequest.of(1, 3).sortedBy("id", Direction.DESC);
        assertEquals(List.of(10L, 9L, 8L), ids(accounts.findByName("Bob", newestFirst)));
    }

    @Test
    void eachOrderOfTheSameSqlKeepsItsOwnPageQuery() {
        for (int round = 0; round < 2; round++) {
            assertEquals(List.of(1L, 2L), ids(accounts.findByName("Bob", PageRequest.of(1, 2))));
            assertEquals(List.of(3L, 6L), ids(accounts.findByNameOrderByEmailDesc("Bob", PageRequest.of(1, 2))));
            assertEquals(List.of(10L, 7L), ids(accounts.findByName("Bob", PageRequest.of(1, 2).sortedBy("email"))));
            assertEquals(List.of(3L, 6L),
                    ids(accounts.findByName("Bob", PageRequest.of(1, 2).sortedBy("email", Direction.DESC))));
        }
    }

    @Test
    void unknownSortPropertyIsRefusedNamingTheMethodAndProperties() {
        PageRequest typo = PageRequest.of(1, 4).sortedBy("emial");
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> accounts.findByName("Bob", typo));
        assertTrue(failure.getMessage().startsWith("AccountsRepository.findByName: "), failure.getMessage());
        assertTrue(failure.getMessage().contains("'emial'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("id, email, name"), failure.getMessage());
    }

    @Test
    void parametersAreBoundBeforeLimitAndOffset() {
        Page<Contact> page = accounts.findContactsByNameAndIdGreaterThan("Bob", 5L, PageRequest.of(2, 2));
        assertEquals(List.of(new Contact("bob4@example.com", "Bob"), new Contact("bob7@example.com", "Bob")),
                page.content());
        assertEquals(5, page.totalElements());
        assertEquals(3, page.totalPages());
    }

    @Test
    void pageInsideATransactionSeesItsUncommittedRows() {
        long total = database.inTransaction(() -> {
            accounts.support().insert(new Account("new@example.com", "Bob"));
            return accounts.findByName("Bob", PageRequest.of(3, 5)).totalElements();
        });
        assertEquals(11, total);
    }
}

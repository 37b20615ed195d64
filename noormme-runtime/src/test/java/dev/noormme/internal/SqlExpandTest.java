package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountQueries;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sql#expand}: the text it writes, and that SQLite runs it, the empty {@code IN ()} included. */
class SqlExpandTest {

    @TempDir
    Path folder;

    @Test
    void sqlWithoutPlaceholdersAndNoSizesIsUnchanged() {
        String sql = "SELECT 1 FROM \"accounts\" WHERE \"id\" = ?";
        assertEquals(sql, Sql.expand(sql));
    }

    @Test
    void onePlaceholderBecomesOneMarkPerElement() {
        assertEquals("SELECT 1 WHERE x IN (?, ?, ?)", Sql.expand("SELECT 1 WHERE x IN (?...)", 3));
        assertEquals("SELECT 1 WHERE x IN (?)", Sql.expand("SELECT 1 WHERE x IN (?...)", 1));
    }

    @Test
    void severalPlaceholdersExpandInOrder() {
        assertEquals("WHERE a = ? AND b IN (?, ?) AND c NOT IN (?) AND d IN () AND e = ?",
                Sql.expand("WHERE a = ? AND b IN (?...) AND c NOT IN (?...) AND d IN (?...) AND e = ?", 2, 1, 0));
    }

    @Test
    void moreSizesThanPlaceholdersAreRefused() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Sql.expand("WHERE a IN (?...)", 1, 2));
        assertTrue(failure.getMessage().startsWith("fewer ?... placeholders"), failure.getMessage());
    }

    @Test
    void morePlaceholdersThanSizesAreRefused() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> Sql.expand("WHERE a IN (?...) AND b IN (?...)", 1));
        assertTrue(failure.getMessage().startsWith("more ?... placeholders"), failure.getMessage());
    }

    @Test
    void expandedQueriesRunForEverySize() {
        try (Database database = TestDatabases.open(folder)) {
            AccountQueries accounts = new AccountQueries(database);
            accounts.support().insertAll(List.of(new Account("a@x", "A"), new Account("b@x", "B"),
                    new Account("c@x", "C")));
            assertEquals(List.of(2L), ids(accounts.findByEmailIn(List.of("b@x"))));
            assertEquals(List.of(1L, 3L), ids(accounts.findByEmailIn(List.of("c@x", "a@x", "zz@x"))));
            assertEquals(List.of(1L, 2L, 3L), ids(accounts.findByEmailIn(Set.of("a@x", "b@x", "c@x"))));
            assertEquals(List.of(1L, 3L), ids(accounts.findByEmailNotIn(List.of("b@x"))));
        }
    }

    @Test
    void emptyCollectionGivesInEmptyWhichSqliteRuns() {
        try (Database database = TestDatabases.open(folder)) {
            AccountQueries accounts = new AccountQueries(database);
            accounts.support().insertAll(List.of(new Account("a@x", "A"), new Account("b@x", "B")));
            assertEquals(List.of(), accounts.findByEmailIn(List.of()));
            assertEquals(List.of(1L, 2L), ids(accounts.findByEmailNotIn(List.of())));
        }
    }

    private static List<Long> ids(List<Account> rows) {
        return rows.stream().map(Account::getId).toList();
    }
}

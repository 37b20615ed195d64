package dev.noormme.internal;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.noormme.Database;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Patterns}: the patterns it writes, and that GLOB and LIKE ... ESCAPE match them literally. */
class PatternsTest {

    private static final String GLOB = "SELECT \"name\" FROM \"accounts\" WHERE \"name\" GLOB ? ORDER BY \"id\"";
    private static final String LIKE =
            "SELECT \"name\" FROM \"accounts\" WHERE \"name\" LIKE ? ESCAPE '\\' ORDER BY \"id\"";
    private static final List<String> NAMES = List.of("a*b", "axb", "a?b", "a[b]", "ab]", "A*B", "50%", "50x",
            "5_0", "5x0", "c\\d", "cd", "c\\\\d");

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Account, Long> accounts;

    @BeforeEach
    void open() {
        database = TestDatabases.open(folder);
        accounts = new RepositorySupport<>(database, dev.noormme.fixtures.AccountMapping.INSTANCE);
        List<Account> rows = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            rows.add(new Account("e" + i + "@x", NAMES.get(i)));
        }
        accounts.insertAll(rows);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The names matching {@code pattern}, bound as a generated derived query binds it. */
    private List<String> names(String sql, String pattern) {
        return accounts.list("AccountsRepository.findByNameMatching", DialectSql.portable(sql), statement -> {
            Columns.setString(statement, 1, pattern);
            return 2;
        }, row -> row.getString(1));
    }

    @Test
    void globPatternsEscapeStarQuestionMarkAndBracket() {
        assertEquals("abc*", Patterns.globStartingWith("abc"));
        assertEquals("*[*][?][[]]", Patterns.globEndingWith("*?[]"));
        assertEquals("*a[[]b]*", Patterns.globContaining("a[b]"));
    }

    @Test
    void likePatternsEscapeBackslashPercentAndUnderscore() {
        assertEquals("abc%", Patterns.likeStartingWith("abc"));
        assertEquals("%\\\\\\%\\_", Patterns.likeEndingWith("\\%_"));
        assertEquals("%a\\_b%", Patterns.likeContaining("a_b"));
    }

    @Test
    void nullGivesNullWhichMatchesNothing() {
        assertNull(Patterns.globStartingWith(null));
        assertNull(Patterns.globEndingWith(null));
        assertNull(Patterns.globContaining(null));
        assertNull(Patterns.likeStartingWith(null));
        assertNull(Patterns.likeEndingWith(null));
        assertNull(Patterns.likeContaining(null));
        assertEquals(List.of(), names(GLOB, Patterns.globContaining(null)));
        assertEquals(List.of(), names(LIKE, Patterns.likeContaining(null)));
    }

    @Test
    void globStartingWithMatchesAStarLiterallyAndCaseSensitively() {
        assertEquals(List.of("a*b"), names(GLOB, Patterns.globStartingWith("a*")));
        assertEquals(List.of("A*B"), names(GLOB, Patterns.globStartingWith("A")));
    }

    @Test
    void globEndingWithMatchesAQuestionMarkLiterally() {
        assertEquals(List.of("a?b"), names(GLOB, Patterns.globEndingWith("?b")));
        assertEquals(List.of("a*b", "axb", "a?b"), names(GLOB, Patterns.globEndingWith("b")));
    }

    @Test
    void globContainingMatchesBracketsLiterally() {
        assertEquals(List.of("a[b]"), names(GLOB, Patterns.globContaining("[b")));
        assertEquals(List.of("a[b]", "ab]"), names(GLOB, Patterns.globContaining("b]")));
        assertEquals(List.of("a[b]"), names(GLOB, Patterns.globContaining("a[b]")));
    }

    @Test
    void likeStartingWithMatchesAPercentLiterally() {
        assertEquals(List.of("50%"), names(LIKE, Patterns.likeStartingWith("50%")));
        assertEquals(List.of("50%", "50x"), names(LIKE, Patterns.likeStartingWith("50")));
    }

    @Test
    void likeEndingWithMatchesAnUnderscoreLiterally() {
        assertEquals(List.of("5_0"), names(LIKE, Patterns.likeEndingWith("_0")));
    }

    @Test
    void likeContainingMatchesABackslashLiterally() {
        assertEquals(List.of("c\\d", "c\\\\d"), names(LIKE, Patterns.likeContaining("\\")));
        assertEquals(List.of("c\\d"), names(LIKE, Patterns.likeContaining("c\\d")));
        assertEquals(List.of("c\\\\d"), names(LIKE, Patterns.likeContaining("\\\\")));
    }

    @Test
    void likeIgnoresAsciiCaseWhereGlobDoesNot() {
        assertEquals(List.of("a*b", "A*B"), names(LIKE, Patterns.likeStartingWith("a*")));
        assertEquals(List.of("a*b"), names(GLOB, Patterns.globStartingWith("a*")));
    }
}

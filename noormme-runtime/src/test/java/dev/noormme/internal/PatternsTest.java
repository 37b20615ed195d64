package dev.noormme.internal;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.noormme.Database;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.TestDatabases;
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

/**
 * {@link Patterns}: the patterns it writes, and that the statements the processor writes for them
 * match them literally on each dialect (SQLite's GLOB and LIKE ... ESCAPE; PostgreSQL's
 * case-sensitive LIKE ... ESCAPE and folded LIKE).
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class PatternsTest {

    @Parameter
    Dialect dialect;

    /** A derived {@code findByNameStartingWith} (and its siblings): GLOB on SQLite, case-sensitive LIKE on PostgreSQL. */
    private static final DialectSql CASE_SENSITIVE = DialectSql.of(
            "SELECT \"name\" FROM \"accounts\" WHERE \"name\" GLOB ? ORDER BY \"id\"",
            "SELECT \"name\" FROM \"accounts\" WHERE \"name\" LIKE ? ESCAPE '\\' ORDER BY \"id\"");
    /** A derived {@code findByNameStartingWithIgnoreCase}: SQLite's LIKE ignores ASCII case; PostgreSQL folds both sides. */
    private static final DialectSql IGNORING_CASE = DialectSql.of(
            "SELECT \"name\" FROM \"accounts\" WHERE \"name\" LIKE ? ESCAPE '\\' ORDER BY \"id\"",
            "SELECT \"name\" FROM \"accounts\" WHERE lower(\"name\") LIKE lower(? COLLATE \"C\") ESCAPE '\\'"
                    + " ORDER BY \"id\"");
    private static final List<String> NAMES = List.of("a*b", "axb", "a?b", "a[b]", "ab]", "A*B", "50%", "50x",
            "5_0", "5x0", "c\\d", "cd", "c\\\\d");

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Account, Long> accounts;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
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

    /** How a generated binder binds a case-sensitive pattern: for the statement's dialect. */
    @FunctionalInterface
    private interface PatternSetter {
        void set(java.sql.PreparedStatement statement, int index, String value) throws java.sql.SQLException;
    }

    /** The names a case-sensitive derived query finds, its value bound by {@code setter} as generated code binds it. */
    private List<String> caseSensitive(PatternSetter setter, String value) {
        return accounts.list("AccountsRepository.findByNameMatching", CASE_SENSITIVE, statement -> {
            setter.set(statement, 1, value);
            return 2;
        }, row -> row.getString(1));
    }

    /** The names an {@code IgnoreCase} derived query finds with {@code pattern} (a {@code like...} form). */
    private List<String> ignoringCase(String pattern) {
        return accounts.list("AccountsRepository.findByNameMatchingIgnoreCase", IGNORING_CASE, statement -> {
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
        assertEquals(List.of(), caseSensitive(Patterns::setContaining, null));
        assertEquals(List.of(), ignoringCase(Patterns.likeContaining(null)));
    }

    @Test
    void globStartingWithMatchesAStarLiterallyAndCaseSensitively() {
        assertEquals(List.of("a*b"), caseSensitive(Patterns::setStartingWith, "a*"));
        assertEquals(List.of("A*B"), caseSensitive(Patterns::setStartingWith, "A"));
    }

    @Test
    void globEndingWithMatchesAQuestionMarkLiterally() {
        assertEquals(List.of("a?b"), caseSensitive(Patterns::setEndingWith, "?b"));
        assertEquals(List.of("a*b", "axb", "a?b"), caseSensitive(Patterns::setEndingWith, "b"));
    }

    @Test
    void globContainingMatchesBracketsLiterally() {
        assertEquals(List.of("a[b]"), caseSensitive(Patterns::setContaining, "[b"));
        assertEquals(List.of("a[b]", "ab]"), caseSensitive(Patterns::setContaining, "b]"));
        assertEquals(List.of("a[b]"), caseSensitive(Patterns::setContaining, "a[b]"));
    }

    @Test
    void likeStartingWithMatchesAPercentLiterally() {
        assertEquals(List.of("50%"), ignoringCase(Patterns.likeStartingWith("50%")));
        assertEquals(List.of("50%", "50x"), ignoringCase(Patterns.likeStartingWith("50")));
    }

    @Test
    void likeEndingWithMatchesAnUnderscoreLiterally() {
        assertEquals(List.of("5_0"), ignoringCase(Patterns.likeEndingWith("_0")));
    }

    @Test
    void likeContainingMatchesABackslashLiterally() {
        assertEquals(List.of("c\\d", "c\\\\d"), ignoringCase(Patterns.likeContaining("\\")));
        assertEquals(List.of("c\\d"), ignoringCase(Patterns.likeContaining("c\\d")));
        assertEquals(List.of("c\\\\d"), ignoringCase(Patterns.likeContaining("\\\\")));
    }

    @Test
    void likeIgnoresAsciiCaseWhereGlobDoesNot() {
        assertEquals(List.of("a*b", "A*B"), ignoringCase(Patterns.likeStartingWith("a*")));
        assertEquals(List.of("a*b"), caseSensitive(Patterns::setStartingWith, "a*"));
    }
}

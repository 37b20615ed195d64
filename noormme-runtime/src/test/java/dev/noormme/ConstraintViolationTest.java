package dev.noormme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on SQLite and on PostgreSQL: both keep the same transaction and error contract. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ConstraintViolationTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Account, Long> accounts;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
        accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void uniqueViolationNamesTableAndColumn() {
        accounts.insert(new Account("ada@example.com", "Ada"));
        ConstraintViolationException failure = assertThrows(ConstraintViolationException.class,
                () -> accounts.insert(new Account("ada@example.com", "Another Ada")));
        assertEquals("accounts", failure.table());
        assertEquals(List.of("email"), failure.columns());
        assertTrue(failure.getMessage().startsWith("UNIQUE constraint violated on accounts.email:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("insert into accounts"), failure.getMessage());
        assertEquals(1, accounts.count());
    }

    @Test
    void notNullViolationNamesTableAndColumn() {
        ConstraintViolationException failure = assertThrows(ConstraintViolationException.class,
                () -> accounts.insert(new Account(null, "Nobody")));
        assertEquals("accounts", failure.table());
        assertEquals(List.of("email"), failure.columns());
        assertTrue(failure.getMessage().startsWith("NOT NULL constraint violated on accounts.email"), failure.getMessage());
    }

    @Test
    void primaryKeyViolationOnInsertWithAnExistingId() {
        RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        samples.insert(Sample.minimal("first"));
        ConstraintViolationException failure = assertThrows(ConstraintViolationException.class,
                () -> samples.insert(new SampleMapping().withGeneratedId(Sample.minimal("again"), 1L)));
        assertEquals("samples", failure.table());
        assertEquals(List.of("id"), failure.columns());
    }

    @Test
    void updateIntoATakenValueIsAViolation() {
        accounts.insert(new Account("a@example.com", "A"));
        Account b = accounts.insert(new Account("b@example.com", "B"));
        b.setEmail("a@example.com");
        ConstraintViolationException failure =
                assertThrows(ConstraintViolationException.class, () -> accounts.update(b));
        assertTrue(failure.getMessage().contains("update of accounts"), failure.getMessage());
    }

    @Test
    void theRepositoryKeepsWorkingAfterAViolation() {
        accounts.insert(new Account("ada@example.com", "Ada"));
        for (int i = 0; i < 3; i++) {
            assertThrows(ConstraintViolationException.class, () -> accounts.insert(new Account("ada@example.com", "x")));
        }
        Account grace = accounts.insert(new Account("grace@example.com", "Grace"));
        assertEquals("Grace", accounts.findById(grace.getId()).orElseThrow().getName());
        assertEquals(2, accounts.count());
    }

    @Test
    void aViolationInsideATransactionRollsItBackWhenItEscapes() {
        assertThrows(ConstraintViolationException.class, () -> database.inTransaction(() -> {
            accounts.insert(new Account("ada@example.com", "Ada"));
            accounts.insert(new Account("ada@example.com", "Ada again"));
        }));
        assertEquals(0, accounts.count());
    }
}

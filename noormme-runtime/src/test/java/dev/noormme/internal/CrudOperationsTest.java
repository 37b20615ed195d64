package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.Tag;
import dev.noormme.fixtures.TagMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on SQLite and on PostgreSQL: the CRUD contract is the same on both. */
@ParameterizedClass
@EnumSource(Dialect.class)
class CrudOperationsTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Sample, Long> samples;
    private RepositorySupport<Tag, String> tags;
    private RepositorySupport<Account, Long> accounts;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
        tags = new RepositorySupport<>(database, TagMapping.INSTANCE);
        accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void insertReturnsTheEntityWithItsGeneratedId() {
        Sample first = samples.insert(Sample.minimal("a"));
        Sample second = samples.insert(Sample.minimal("b"));
        assertEquals(1L, first.id());
        assertEquals(2L, second.id());
        assertEquals("b", samples.findById(2L).orElseThrow().text());
    }

    @Test
    void insertOfAnEntityWithAnIdKeepsThatId() {
        Sample inserted = samples.insert(new SampleMapping().withGeneratedId(Sample.minimal("x"), 42L));
        assertEquals(42L, inserted.id());
        assertTrue(samples.existsById(42L));
    }

    @Test
    void insertOfAClassEntitySetsItsPrimitiveIdInPlace() {
        Account account = new Account("ada@example.com", "Ada");
        Account inserted = accounts.insert(account);
        assertTrue(inserted == account, "a class entity is updated in place");
        assertEquals(1L, account.getId());
        assertEquals("Ada", accounts.findById(1L).orElseThrow().getName());
    }

    @Test
    void callerSuppliedIdsAreStoredAsGiven() {
        tags.insert(new Tag("java", "Java"));
        assertEquals(Optional.of(new Tag("java", "Java")), tags.findById("java"));
        assertEquals(List.of(new Tag("java", "Java")), tags.findAll());
    }

    @Test
    void saveInsertsAnEntityWithoutIdAndUpsertsOneWithAnId() {
        Sample inserted = samples.save(Sample.minimal("new"));
        assertNotNull(inserted.id());
        Sample changed = new SampleMapping().withGeneratedId(Sample.minimal("changed"), inserted.id());
        samples.save(changed);
        assertEquals("changed", samples.findById(inserted.id()).orElseThrow().text());
        assertEquals(1, samples.count());

        tags.save(new Tag("sql", "SQL"));
        tags.save(new Tag("sql", "Structured Query Language"));
        assertEquals("Structured Query Language", tags.findById("sql").orElseThrow().label());
        assertEquals(1, tags.count());
    }

    @Test
    void saveOfAnUnknownIdInsertsIt() {
        samples.save(new SampleMapping().withGeneratedId(Sample.minimal("far"), 100L));
        assertEquals("far", samples.findById(100L).orElseThrow().text());
    }

    @Test
    void updateChangesTheRowWithTheEntitysId() {
        Sample inserted = samples.insert(Sample.minimal("before"));
        assertTrue(samples.update(new SampleMapping().withGeneratedId(Sample.minimal("after"), inserted.id())));
        assertEquals("after", samples.findById(inserted.id()).orElseThrow().text());
    }

    @Test
    void updateOfMissingIdReturnsFalse() {
        assertFalse(samples.update(new SampleMapping().withGeneratedId(Sample.minimal("ghost"), 7L)));
        assertFalse(tags.update(new Tag("none", "None")));
        assertEquals(0, samples.count());
    }

    @Test
    void deleteByIdRemovesTheRow() {
        Sample inserted = samples.insert(Sample.minimal("doomed"));
        assertTrue(samples.deleteById(inserted.id()));
        assertFalse(samples.existsById(inserted.id()));
        assertEquals(0, samples.count());
    }

    @Test
    void deleteByIdOfMissingIdReturnsFalse() {
        assertFalse(samples.deleteById(5L));
        assertFalse(tags.deleteById("missing"));
    }

    @Test
    void findByIdOfMissingIdIsEmpty() {
        assertEquals(Optional.empty(), samples.findById(1L));
        assertEquals(Optional.empty(), tags.findById("missing"));
    }

    @Test
    void existsByIdOfMissingIdIsFalse() {
        assertFalse(samples.existsById(1L));
        samples.insert(Sample.minimal("here"));
        assertTrue(samples.existsById(1L));
        assertFalse(samples.existsById(2L));
    }

    @Test
    void findAllReturnsEveryRowInIdOrder() {
        assertEquals(List.of(), samples.findAll());
        samples.insert(new SampleMapping().withGeneratedId(Sample.minimal("c"), 30L));
        samples.insert(new SampleMapping().withGeneratedId(Sample.minimal("a"), 10L));
        samples.insert(new SampleMapping().withGeneratedId(Sample.minimal("b"), 20L));
        assertEquals(List.of(10L, 20L, 30L), samples.findAll().stream().map(Sample::id).toList());
    }

    @Test
    void countCountsRows() {
        assertEquals(0, samples.count());
        samples.insertAll(List.of(Sample.minimal("a"), Sample.minimal("b"), Sample.minimal("c")));
        assertEquals(3, samples.count());
    }

    @Test
    void insertAllOfNothingReturnsAnEmptyList() {
        assertEquals(List.of(), samples.insertAll(List.of()));
    }
}

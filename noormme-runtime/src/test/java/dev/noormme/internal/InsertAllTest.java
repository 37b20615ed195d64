package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.ConstraintViolationException;
import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.Tag;
import dev.noormme.fixtures.TagMapping;
import dev.noormme.fixtures.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Dialect.class)
class InsertAllTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private String url;
    private Database database;
    private RepositorySupport<Sample, Long> samples;

    @BeforeEach
    void open() {
        DatabaseConfig config = TestDatabases.config(dialect, folder);
        url = config.url().orElseThrow();
        database = TestDatabases.open(config);
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static List<Sample> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> Sample.minimal("row " + i)).toList();
    }

    @Test
    void insertAllOfTenThousandRowsReturnsEachRowsId() {
        List<Sample> inserted = samples.insertAll(rows(10_000));
        assertEquals(10_000, inserted.size());
        assertEquals(10_000, samples.count());
        for (Sample sample : samples.findAll()) {
            assertEquals(sample.text(), inserted.get((int) (sample.id() - 1)).text(), "id " + sample.id());
            assertEquals(sample.id(), inserted.get((int) (sample.id() - 1)).id());
        }
    }

    @Test
    void insertAllAfterExistingRowsContinuesTheirIds() {
        samples.insert(new SampleMapping().withGeneratedId(Sample.minimal("existing"), 500L));
        List<Sample> inserted = samples.insertAll(rows(1500));
        assertEquals(501L, inserted.get(0).id());
        assertEquals(2000L, inserted.get(1499).id());
        assertIdsMatchStoredText(inserted);
    }

    @Test
    void insertAllRecoversIdsRowByRowWhenATriggerInsertsIntoTheSameTable() throws Exception {
        switch (dialect) {
            case SQLITE -> TestDatabases.execute(url, "CREATE TRIGGER echo AFTER INSERT ON samples"
                    + " WHEN NEW.text NOT LIKE 'echo%'"
                    + " BEGIN INSERT INTO samples (text, count, big, small, ratio, weight, active)"
                    + " VALUES ('echo ' || NEW.text, 0, 0, 0, 0, 0, 0); END");
            case POSTGRESQL -> TestDatabases.execute(url, "CREATE FUNCTION echo() RETURNS trigger LANGUAGE plpgsql AS $$"
                    + " BEGIN INSERT INTO samples (text, count, big, small, ratio, weight, active)"
                    + " VALUES ('echo ' || NEW.text, 0, 0, 0, 0, 0, false); RETURN NULL; END $$",
                    "CREATE TRIGGER echo AFTER INSERT ON samples FOR EACH ROW"
                    + " WHEN (NEW.text NOT LIKE 'echo%') EXECUTE FUNCTION echo()");
        }
        List<Sample> inserted = samples.insertAll(rows(2500));
        assertEquals(5000, samples.count(), "each row and its echo, once: the batch was undone before the redo");
        assertIdsMatchStoredText(inserted);
    }

    @Test
    void insertAllWithMixedIdsInsertsRowByRow() {
        SampleMapping mapping = new SampleMapping();
        List<Sample> mixed = List.of(Sample.minimal("a"), mapping.withGeneratedId(Sample.minimal("b"), 100L),
                Sample.minimal("c"));
        List<Sample> inserted = samples.insertAll(mixed);
        assertEquals(List.of(1L, 100L, 101L), inserted.stream().map(Sample::id).toList());
        assertIdsMatchStoredText(inserted);
    }

    @Test
    void insertAllWithMixedIdsNeverGivesARowAnIdGivenEarlierInTheList() {
        SampleMapping mapping = new SampleMapping();
        List<Sample> inserted = samples.insertAll(List.of(Sample.minimal("a"),
                mapping.withGeneratedId(Sample.minimal("b"), 2L), Sample.minimal("c")));
        assertEquals(List.of(1L, 2L, 3L), inserted.stream().map(Sample::id).toList());
        assertIdsMatchStoredText(inserted);
        assertEquals(4L, samples.insert(Sample.minimal("d")).id());
    }

    @Test
    void insertAllWithEveryIdSetKeepsThem() {
        SampleMapping mapping = new SampleMapping();
        List<Sample> given = new ArrayList<>();
        for (long id = 2500; id > 0; id -= 1) {
            given.add(mapping.withGeneratedId(Sample.minimal("id " + id), id));
        }
        assertEquals(given, samples.insertAll(given));
        assertIdsMatchStoredText(given);
    }

    @Test
    void insertAllOfCallerSuppliedIds() {
        RepositorySupport<Tag, String> tags = new RepositorySupport<>(database, TagMapping.INSTANCE);
        List<Tag> given = IntStream.range(0, 1200).mapToObj(i -> new Tag("t" + i, "Tag " + i)).toList();
        assertEquals(given, tags.insertAll(given));
        assertEquals(1200, tags.count());
    }

    @Test
    void insertAllThatFailsInsertsNothing() {
        RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        List<Account> batch = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            batch.add(new Account("user" + i + "@example.com", "User " + i));
        }
        batch.add(new Account("user3@example.com", "Duplicate"));
        ConstraintViolationException failure =
                assertThrows(ConstraintViolationException.class, () -> accounts.insertAll(batch));
        assertEquals("accounts", failure.table());
        assertEquals(List.of("email"), failure.columns());
        assertEquals(0, accounts.count());
        long after = accounts.insert(new Account("after@example.com", "After")).getId();
        assertEquals(1, accounts.count(), "the writer works after a failed batch");
        switch (dialect) {
            case SQLITE -> assertEquals(1L, after, "the rolled-back rows left no id taken");
            // A sequence is not transactional: the values the rolled-back batch drew stay drawn.
            case POSTGRESQL -> assertTrue(after > 1500, "after " + after);
        }
    }

    @Test
    void insertAllJoinsTheCurrentTransaction() {
        assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
            samples.insertAll(rows(10));
            assertEquals(10, samples.count(), "the transaction sees its own rows");
            throw new IllegalStateException("undo");
        }));
        assertEquals(0, samples.count());
    }

    private void assertIdsMatchStoredText(List<Sample> inserted) {
        for (Sample sample : inserted) {
            assertEquals(sample.text(), samples.findById(sample.id()).orElseThrow().text(), "id " + sample.id());
        }
    }
}

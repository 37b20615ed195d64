package dev.noormme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
class TransactionTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private Database database;
    private RepositorySupport<Sample, Long> samples;

    @BeforeEach
    void open() {
        database = TestDatabases.open(dialect, folder);
        samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void commitKeepsEveryWrite() {
        long id = database.inTransaction(() -> {
            samples.insert(Sample.minimal("one"));
            return samples.insert(Sample.minimal("two")).id();
        });
        assertEquals(2L, id);
        assertEquals(2, samples.count());
    }

    @Test
    void rollbackLeavesNothing() {
        samples.insert(Sample.minimal("before"));
        RuntimeException failure = new IllegalStateException("boom");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> database.inTransaction(() -> {
            samples.insert(Sample.minimal("inside"));
            samples.deleteById(1L);
            samples.update(new SampleMapping().withGeneratedId(Sample.minimal("changed"), 1L));
            throw failure;
        }));
        assertSame(failure, thrown, "an unchecked exception is rethrown unchanged");
        assertEquals(1, samples.count());
        assertEquals("before", samples.findById(1L).orElseThrow().text());
    }

    @Test
    void checkedExceptionIsWrappedAndRolledBack() {
        IOException cause = new IOException("disk said no");
        NoormmeException thrown = assertThrows(NoormmeException.class, () -> database.inTransaction(() -> {
            samples.insert(Sample.minimal("inside"));
            throw cause;
        }));
        assertSame(cause, thrown.getCause());
        assertEquals(0, samples.count());
    }

    @Test
    void readsInsideATransactionSeeItsOwnWrites() {
        database.inTransaction(() -> {
            Sample inserted = samples.insert(Sample.minimal("mine"));
            assertTrue(samples.existsById(inserted.id()));
            assertEquals(1, samples.count());
            assertEquals(1, samples.findAll().size());
        });
    }

    @Test
    void otherThreadsDoNotSeeUncommittedWrites() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Long> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                written.await();
                seen.complete(samples.count());
            } catch (Throwable e) {
                seen.completeExceptionally(e);
            } finally {
                checked.countDown();
            }
        });
        reader.start();
        database.inTransaction(() -> {
            samples.insert(Sample.minimal("pending"));
            written.countDown();
            assertTrue(checked.await(10, TimeUnit.SECONDS), "a reader is not blocked by the writer");
            return null;
        });
        assertEquals(0L, seen.get());
        assertEquals(1, samples.count());
    }

    @Test
    void nestedCallsJoinTheOuterTransaction() {
        assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
            database.inTransaction(() -> {
                samples.insert(Sample.minimal("inner"));
            });
            assertEquals(1, samples.count(), "the inner work is visible to the outer work");
            throw new IllegalStateException("outer fails after the inner call returned");
        }));
        assertEquals(0, samples.count(), "the inner call did not commit on its own");
    }

    @Test
    void nestedFailureCaughtByTheOuterWorkStillRollsBackEverything() {
        NoormmeException thrown = assertThrows(NoormmeException.class, () -> database.inTransaction(() -> {
            samples.insert(Sample.minimal("outer"));
            try {
                database.inTransaction(() -> {
                    samples.insert(Sample.minimal("inner"));
                    throw new IllegalArgumentException("inner fails");
                });
            } catch (IllegalArgumentException expected) {
                // the outer work carries on
            }
            samples.insert(Sample.minimal("outer again"));
        }));
        assertTrue(thrown.getMessage().contains("rolled back"), thrown.getMessage());
        assertEquals("inner fails", thrown.getCause().getMessage());
        assertEquals(0, samples.count());
    }

    @Test
    void theDatabaseIsUsableAfterARollback() {
        assertThrows(IllegalStateException.class, () -> database.inTransaction(() -> {
            samples.insert(Sample.minimal("undone"));
            throw new IllegalStateException();
        }));
        database.inTransaction(() -> samples.insert(Sample.minimal("kept")));
        assertEquals(1, samples.count());
        assertFalse(samples.findAll().isEmpty());
    }

    @Test
    void errorsAreRethrownUnchangedAndRollBack() {
        AssertionError error = new AssertionError("an Error");
        AssertionError thrown = assertThrows(AssertionError.class, () -> database.inTransaction(() -> {
            samples.insert(Sample.minimal("undone"));
            throw error;
        }));
        assertSame(error, thrown);
        assertEquals(0, samples.count());
    }
}

package dev.noormme.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two sides of every benchmark do the same work: same rows in, same rows out. */
class BaselineEquivalenceTest {

    @Test
    void generatedAndHandWrittenReadTheSameRows() throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.create()) {
            database.generated().insertAll(BenchmarkDatabase.newAccounts(ReadBenchmarks.ROWS));

            assertEquals(database.handWritten().findById(500), database.generated().findById(500L));
            List<Account> all = database.generated().findAll();
            assertEquals(ReadBenchmarks.ROWS, all.size());
            assertEquals(database.handWritten().findAll(), all);
        }
    }

    @Test
    void generatedAndHandWrittenQueriesReturnTheSameRows() throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.create()) {
            database.generated().insertAll(BenchmarkDatabase.newAccounts(QueryBenchmarks.ROWS));

            String email = BenchmarkDatabase.newAccount(321, Instant.EPOCH).email();
            assertEquals(database.handWritten().findByEmail(email), database.generated().findByEmail(email));
            List<Account> annotated = database.generated().withLoginCountAbove(5, 100.0);
            assertEquals(20, annotated.size());
            assertEquals(database.handWritten().withLoginCountAbove(5, 100.0), annotated);
        }
    }

    @Test
    void generatedAndHandWrittenInsertTheSameRows() throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.create()) {
            Account generated = database.generated().insert(BenchmarkDatabase.newAccount(1, Instant.EPOCH));
            Account handWritten = database.handWritten().insert(BenchmarkDatabase.newAccount(2, Instant.EPOCH));

            assertEquals(1L, generated.id());
            assertEquals(2L, handWritten.id());
            assertEquals(generated, database.handWritten().findById(1).orElseThrow());
            assertEquals(handWritten, database.generated().findById(2L).orElseThrow());
        }
    }

    @Test
    void bulkInsertsStoreEveryRowFromAnEmptyTable() throws Exception {
        try (BenchmarkDatabase database = BenchmarkDatabase.create()) {
            List<Account> accounts = BenchmarkDatabase.newAccounts(InsertAllBenchmarks.ROWS);

            database.handWritten().insertAll(accounts);
            assertEquals(InsertAllBenchmarks.ROWS, database.generated().count());
            database.handWritten().deleteAll();
            List<Account> inserted = database.generated().insertAll(accounts);

            assertEquals(InsertAllBenchmarks.ROWS, database.generated().count());
            assertEquals(database.handWritten().findAll(), inserted);
        }
    }
}

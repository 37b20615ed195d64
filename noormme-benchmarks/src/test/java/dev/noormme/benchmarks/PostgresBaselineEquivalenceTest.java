package dev.noormme.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two sides of every PostgreSQL benchmark do the same work on the same server: same rows in,
 * same rows out, instants included (TIMESTAMPTZ, microseconds).
 */
class PostgresBaselineEquivalenceTest {

    private static PostgresBenchmarkDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresBenchmarkDatabase.create();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @BeforeEach
    void empty() throws Exception {
        database.handWritten().deleteAll();
    }

    @Test
    void generatedAndHandWrittenReadTheSameRows() throws Exception {
        List<Account> inserted = database.generated().insertAll(BenchmarkDatabase.newAccounts(PostgresReadBenchmarks.ROWS));
        long id = inserted.get(499).id();

        assertEquals(inserted.get(499), database.handWritten().findById(id).orElseThrow());
        assertEquals(database.handWritten().findById(id), database.generated().findById(id));
        List<Account> all = database.generated().findAll();
        assertEquals(PostgresReadBenchmarks.ROWS, all.size());
        assertEquals(inserted, all);
        assertEquals(database.handWritten().findAll(), all);
    }

    @Test
    void generatedAndHandWrittenQueriesReturnTheSameRows() throws Exception {
        database.generated().insertAll(BenchmarkDatabase.newAccounts(PostgresQueryBenchmarks.ROWS));

        String email = BenchmarkDatabase.newAccount(321, Instant.EPOCH).email();
        Account found = database.generated().findByEmail(email).orElseThrow();
        assertEquals(email, found.email());
        assertEquals(found, database.handWritten().findByEmail(email).orElseThrow());
        assertEquals(found, database.handWritten().findByEmailPlain(email).orElseThrow());
        assertTrue(database.generated().findByEmail("nobody@example.com").isEmpty());
        assertTrue(database.handWritten().findByEmail("nobody@example.com").isEmpty());
    }

    @Test
    void bulkInsertsStoreTheSameRowsFromAnEmptyTable() throws Exception {
        List<Account> accounts = BenchmarkDatabase.newAccounts(PostgresInsertAllBenchmarks.ROWS);

        database.handWritten().insertAll(accounts);
        assertEquals(PostgresInsertAllBenchmarks.ROWS, database.generated().count());
        List<Account> byBatch = database.handWritten().findAll();
        assertEquals(accounts, withoutIds(byBatch));

        database.handWritten().deleteAll();
        database.handWrittenRewritingBatches().insertAll(accounts);
        assertEquals(PostgresInsertAllBenchmarks.ROWS, database.generated().count());
        assertEquals(accounts, withoutIds(database.handWritten().findAll()));

        database.handWritten().deleteAll();
        List<Account> inserted = database.generated().insertAll(accounts);
        assertEquals(PostgresInsertAllBenchmarks.ROWS, database.generated().count());
        assertEquals(database.handWritten().findAll(), inserted);
        assertEquals(accounts, withoutIds(inserted));
    }

    private static List<Account> withoutIds(List<Account> accounts) {
        return accounts.stream()
                .map(a -> new Account(null, a.email(), a.displayName(), a.loginCount(), a.balance(), a.createdAt()))
                .toList();
    }
}

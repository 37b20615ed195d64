package dev.noormme.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code insertAll} of 10,000 rows on PostgreSQL: the generated repository (multi-row INSERT ...
 * RETURNING, every id returned) against the best hand-written batch without ids, both with
 * pgJDBC's plain batches and with {@code reWriteBatchedInserts=true}. The table is truncated
 * before every invocation, outside the measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class PostgresInsertAllBenchmarks {

    static final int ROWS = 10_000;

    private PostgresBenchmarkDatabase database;
    private AccountsRepository generated;
    private HandWrittenPostgresAccounts handWritten;
    private HandWrittenPostgresAccounts handWrittenRewriting;
    private List<Account> accounts;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = PostgresBenchmarkDatabase.create();
        generated = database.generated();
        handWritten = database.handWritten();
        handWrittenRewriting = database.handWrittenRewritingBatches();
        accounts = BenchmarkDatabase.newAccounts(ROWS);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
    }

    @Setup(Level.Invocation)
    public void emptyTable() throws SQLException {
        handWritten.deleteAll();
    }

    @Benchmark
    public List<Account> insertAllGenerated() {
        return generated.insertAll(accounts);
    }

    @Benchmark
    public int insertAllHandWritten() throws SQLException {
        handWritten.insertAll(accounts);
        return accounts.size();
    }

    @Benchmark
    public int insertAllHandWrittenRewritten() throws SQLException {
        handWrittenRewriting.insertAll(accounts);
        return accounts.size();
    }
}

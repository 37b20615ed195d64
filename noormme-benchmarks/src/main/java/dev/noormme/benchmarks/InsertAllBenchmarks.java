package dev.noormme.benchmarks;

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
 * {@code insertAll} of 10,000 rows: the generated repository (which returns every generated id)
 * against the best hand-written batch (one transaction, batches of 1,000, no ids read back).
 * The table is emptied before every invocation, outside the measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class InsertAllBenchmarks {

    static final int ROWS = 10_000;

    private BenchmarkDatabase database;
    private List<Account> accounts;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchmarkDatabase.create();
        accounts = BenchmarkDatabase.newAccounts(ROWS);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    @Setup(Level.Invocation)
    public void emptyTable() throws SQLException {
        database.handWritten().deleteAll();
    }

    @Benchmark
    public List<Account> insertAllGenerated() {
        return database.generated().insertAll(accounts);
    }

    @Benchmark
    public int insertAllHandWritten() throws SQLException {
        database.handWritten().insertAll(accounts);
        return accounts.size();
    }
}

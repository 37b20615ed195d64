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
 * {@code findAll} of 100,000 rows (issue 13, target: at most 1.05 times hand-written JDBC): the
 * same two methods as {@link ReadBenchmarks}' {@code findAll}, on a table 100 times bigger, and a
 * third, the hand-written loop converting {@code created_at} as the runtime does. The hand-written
 * DAO parses it with {@code Instant.parse}, which at this size costs more than the read, so that
 * comparison says which parser is faster; against the third, only the mapping layer differs.
 * Each benchmark in its own fork with its own file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class LargeReadBenchmarks {

    static final int ROWS = 100_000;

    private BenchmarkDatabase database;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchmarkDatabase.create();
        database.generated().insertAll(BenchmarkDatabase.newAccounts(ROWS));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    @Benchmark
    public List<Account> findAllGenerated() {
        return database.generated().findAll();
    }

    @Benchmark
    public List<Account> findAllHandWritten() throws SQLException {
        return database.handWritten().findAll();
    }

    @Benchmark
    public List<Account> findAllHandWrittenSameConversions() throws SQLException {
        return database.handWritten().findAllSameConversions();
    }
}

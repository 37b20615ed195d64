package dev.noormme.benchmarks;

import java.sql.SQLException;
import java.time.Instant;
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
 * {@code insert} of one row with its generated id: the generated repository against the
 * hand-written {@code INSERT ... RETURNING}. The table grows as an application's would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class InsertBenchmarks {

    private BenchmarkDatabase database;
    private int next;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchmarkDatabase.create();
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    private Account nextAccount() {
        next++;
        return BenchmarkDatabase.newAccount(next, Instant.ofEpochMilli(next));
    }

    @Benchmark
    public Account insertGenerated() {
        return database.generated().insert(nextAccount());
    }

    @Benchmark
    public Account insertHandWritten() throws SQLException {
        return database.handWritten().insert(nextAccount());
    }
}

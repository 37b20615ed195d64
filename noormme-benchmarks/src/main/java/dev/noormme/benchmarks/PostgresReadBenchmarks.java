package dev.noormme.benchmarks;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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
 * {@link ReadBenchmarks} on PostgreSQL: {@code findById} and {@code findAll} of 1,000 rows, the
 * generated repository against the hand-written baseline on the same server, database and kind of
 * pool. Each benchmark runs in its own fork with its own server and database.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class PostgresReadBenchmarks {

    static final int ROWS = 1_000;

    private PostgresBenchmarkDatabase database;
    private AccountsRepository generated;
    private HandWrittenPostgresAccounts handWritten;
    private long nextId;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = PostgresBenchmarkDatabase.create();
        generated = database.generated();
        handWritten = database.handWritten();
        generated.insertAll(BenchmarkDatabase.newAccounts(ROWS));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        database.close();
    }

    private long nextId() {
        nextId = nextId % ROWS + 1;
        return nextId;
    }

    @Benchmark
    public Optional<Account> findByIdGenerated() {
        return generated.findById(nextId());
    }

    @Benchmark
    public Optional<Account> findByIdHandWritten() throws SQLException {
        return handWritten.findById(nextId());
    }

    @Benchmark
    public List<Account> findAllGenerated() {
        return generated.findAll();
    }

    @Benchmark
    public List<Account> findAllHandWritten() throws SQLException {
        return handWritten.findAll();
    }
}

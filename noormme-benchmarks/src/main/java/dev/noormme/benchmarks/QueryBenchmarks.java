package dev.noormme.benchmarks;

import java.sql.SQLException;
import java.time.Instant;
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
 * A derived query ({@code findByEmail}, on a UNIQUE column) and an {@code @Query} (a filtered,
 * ordered page of 20 rows) against the same SQL written by hand, on 1,000 rows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class QueryBenchmarks {

    static final int ROWS = 1_000;
    private static final String[] EMAILS = emails();

    private BenchmarkDatabase database;
    private int nextEmail;
    private int nextLoginCount;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchmarkDatabase.create();
        database.generated().insertAll(BenchmarkDatabase.newAccounts(ROWS));
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    private static String[] emails() {
        String[] emails = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            emails[i] = BenchmarkDatabase.newAccount(i, Instant.EPOCH).email();
        }
        return emails;
    }

    private String nextEmail() {
        nextEmail = (nextEmail + 1) % ROWS;
        return EMAILS[nextEmail];
    }

    private int nextLoginCount() {
        nextLoginCount = (nextLoginCount + 1) % 17;
        return nextLoginCount;
    }

    @Benchmark
    public Optional<Account> derivedFindByEmailGenerated() {
        return database.generated().findByEmail(nextEmail());
    }

    @Benchmark
    public Optional<Account> derivedFindByEmailHandWritten() throws SQLException {
        return database.handWritten().findByEmail(nextEmail());
    }

    @Benchmark
    public List<Account> annotatedQueryGenerated() {
        return database.generated().withLoginCountAbove(nextLoginCount(), 100.0);
    }

    @Benchmark
    public List<Account> annotatedQueryHandWritten() throws SQLException {
        return database.handWritten().withLoginCountAbove(nextLoginCount(), 100.0);
    }
}

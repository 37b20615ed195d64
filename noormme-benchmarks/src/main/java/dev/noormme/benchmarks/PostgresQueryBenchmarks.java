package dev.noormme.benchmarks;

import java.io.IOException;
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
 * The derived query {@code findByEmail} (UNIQUE, NOT NULL column) on PostgreSQL against the same
 * SQL by hand, on 1,000 rows; beside it, the plain {@code "email" = ?} a person would write, to
 * show what NOORMME's null-safe equality costs, if anything.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class PostgresQueryBenchmarks {

    static final int ROWS = 1_000;
    private static final String[] EMAILS = emails();

    private PostgresBenchmarkDatabase database;
    private AccountsRepository generated;
    private HandWrittenPostgresAccounts handWritten;
    private int nextEmail;

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

    @Benchmark
    public Optional<Account> derivedFindByEmailGenerated() {
        return generated.findByEmail(nextEmail());
    }

    @Benchmark
    public Optional<Account> derivedFindByEmailHandWritten() throws SQLException {
        return handWritten.findByEmail(nextEmail());
    }

    @Benchmark
    public Optional<Account> derivedFindByEmailHandWrittenPlainEquality() throws SQLException {
        return handWritten.findByEmailPlain(nextEmail());
    }
}

package dev.noormme.benchmarks;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads that scale with cores (issue 13): a {@code @Cached} hit and an uncached {@code findById}
 * on the reader pool, each from one thread and from two threads sharing one database (target:
 * two threads at least 1.8 times one thread's throughput on 2 cores). Throughput; for two threads
 * JMH reports the sum over both. One file of 1,000 rows, PRODUCTION settings (WAL, the default
 * reader pool), opened once per fork and shared by the threads. Beside them, the hand-written
 * {@code findById} with a JDBC connection of its own per thread on the same file: how far SQLite
 * and its driver scale on this machine, whatever NOORMME does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ScalingBenchmarks {

    static final int ROWS = 1_000;

    /** The database every thread reads. */
    @State(Scope.Benchmark)
    public static class Shared {
        Path folder;
        ServiceFactory services;

        @Setup(Level.Trial)
        public void open() throws IOException {
            folder = Files.createTempDirectory("noormme-scaling-benchmark");
            services = ServiceFactory.create(DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                    .url("jdbc:sqlite:" + folder.resolve("scaling.db"))
                    .createSchema(true)
                    .build());
            services.accountsRepository().insertAll(BenchmarkDatabase.newAccounts(ROWS));
            services.cachedAccountsRepository().findById(1L); // the entry every hit reads
        }

        @TearDown(Level.Trial)
        public void close() {
            services.close();
            TemporaryFolders.delete(folder);
        }
    }

    /** Each thread's own JDBC connection to the shared file, for the hand-written baseline. */
    @State(Scope.Thread)
    public static class Jdbc {
        HandWrittenAccounts accounts;

        @Setup(Level.Trial)
        public void open(Shared shared) throws SQLException {
            accounts = new HandWrittenAccounts(DriverManager.getConnection(
                    "jdbc:sqlite:" + shared.folder.resolve("scaling.db")));
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            accounts.close();
        }
    }

    /** Each thread's own cycle through the ids, so the threads read different rows. */
    @State(Scope.Thread)
    public static class Ids {
        long nextId;

        long next() {
            nextId = nextId % ROWS + 1;
            return nextId;
        }
    }

    @Benchmark
    @Threads(1)
    public Optional<Account> hitOneThread(Shared shared) {
        return shared.services.cachedAccountsRepository().findById(1L);
    }

    @Benchmark
    @Threads(2)
    public Optional<Account> hitTwoThreads(Shared shared) {
        return shared.services.cachedAccountsRepository().findById(1L);
    }

    @Benchmark
    @Threads(1)
    public Optional<Account> findByIdOneThread(Shared shared, Ids ids) {
        return shared.services.accountsRepository().findById(ids.next());
    }

    @Benchmark
    @Threads(2)
    public Optional<Account> findByIdTwoThreads(Shared shared, Ids ids) {
        return shared.services.accountsRepository().findById(ids.next());
    }

    @Benchmark
    @Threads(1)
    public Optional<Account> jdbcFindByIdOneThread(Jdbc jdbc, Ids ids) throws SQLException {
        return jdbc.accounts.findById(ids.next());
    }

    @Benchmark
    @Threads(2)
    public Optional<Account> jdbcFindByIdTwoThreads(Jdbc jdbc, Ids ids) throws SQLException {
        return jdbc.accounts.findById(ids.next());
    }
}

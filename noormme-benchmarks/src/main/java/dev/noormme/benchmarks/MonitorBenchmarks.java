package dev.noormme.benchmarks;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What monitoring costs (issue 9): {@code findById}, a derived {@code findByEmail} and a
 * {@code @Cached} hit with {@code monitoring} on (the default) and off, each pair in one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class MonitorBenchmarks {

    static final int ROWS = 1_000;

    @Param({"true", "false"})
    public boolean monitoring;

    private Path folder;
    private ServiceFactory services;
    private long nextId;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("noormme-monitor-benchmark");
        services = ServiceFactory.create(DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("monitor.db"))
                .createSchema(true)
                .monitoring(monitoring)
                .build());
        services.accountsRepository().insertAll(BenchmarkDatabase.newAccounts(ROWS));
        services.cachedAccountsRepository().findById(1L); // the entry every hit reads
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
        TemporaryFolders.delete(folder);
    }

    private long nextId() {
        nextId = nextId % ROWS + 1;
        return nextId;
    }

    @Benchmark
    public Optional<Account> findById() {
        return services.accountsRepository().findById(nextId());
    }

    @Benchmark
    public Optional<Account> derivedFindByEmail() {
        return services.accountsRepository().findByEmail("account" + (nextId() - 1) + "@example.com");
    }

    @Benchmark
    public Optional<Account> cachedHit() {
        return services.cachedAccountsRepository().findById(1L);
    }
}

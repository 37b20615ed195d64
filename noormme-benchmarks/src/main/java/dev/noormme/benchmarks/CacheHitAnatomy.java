package dev.noormme.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.internal.RepositorySupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
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
 * Where the time of a {@code @Cached} hit goes, step by step from a bare Caffeine lookup to the
 * generated method (the profile behind issue 13's "within 2 times of Caffeine" figure). Each step
 * adds one thing the hit does: a key object holding the query and the argument, the exact hit
 * counter (a {@link LongAdder}), the rest of {@code CachedQuery.get} (staleness, expiry, the
 * transaction check) with a loader made once, and last the generated method, whose loader is a
 * lambda capturing the argument. Nanoseconds per call, one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class CacheHitAnatomy {

    /** The shape of the runtime's key: the query and the argument. */
    private record Key(Object query, Object argument) {
    }

    private Path folder;
    private ServiceFactory services;
    private CachedQuery<Optional<Account>> query;
    private Supplier<Optional<Account>> loader;
    private Cache<Object, Optional<Account>> caffeine;
    private final LongAdder hits = new LongAdder();
    private final Object queryIdentity = new Object();
    private Long id = 1L;

    @Setup(Level.Trial)
    public void open() throws IOException {
        folder = Files.createTempDirectory("noormme-hit-anatomy");
        services = ServiceFactory.create(DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("anatomy.db"))
                .createSchema(true)
                .build());
        services.accountsRepository().insertAll(BenchmarkDatabase.newAccounts(10));
        RepositorySupport<Account, Long> support = new RepositorySupport<>(services.database(),
                Account_Mapping.INSTANCE, "Anatomy");
        query = support.cached("Anatomy.findById", Duration.ofHours(1), "accounts");
        loader = () -> support.findById(1L);
        query.get(id, loader);
        services.cachedAccountsRepository().findById(id);
        caffeine = Caffeine.newBuilder().maximumSize(10_000).executor(Runnable::run).build();
        Optional<Account> account = services.accountsRepository().findById(id);
        caffeine.put(id, account);
        caffeine.put(new Key(queryIdentity, id), account);
    }

    @TearDown(Level.Trial)
    public void close() {
        services.close();
        TemporaryFolders.delete(folder);
    }

    @Benchmark
    public Optional<Account> caffeineBoxedId() {
        return caffeine.getIfPresent(id);
    }

    @Benchmark
    public Optional<Account> caffeineKeyObject() {
        return caffeine.getIfPresent(new Key(queryIdentity, id));
    }

    @Benchmark
    public Optional<Account> caffeineKeyObjectCounted() {
        Optional<Account> value = caffeine.getIfPresent(new Key(queryIdentity, id));
        hits.increment();
        return value;
    }

    @Benchmark
    public Optional<Account> cachedQueryGet() {
        return query.get(id, loader);
    }

    @Benchmark
    public Optional<Account> generatedMethod() {
        return services.cachedAccountsRepository().findById(id);
    }
}

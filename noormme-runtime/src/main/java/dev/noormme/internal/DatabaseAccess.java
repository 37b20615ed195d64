package dev.noormme.internal;

import dev.noormme.Database;
import dev.noormme.cache.internal.CacheEngine;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.PoolState;
import dev.noormme.health.internal.MonitorEngine;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets the runtime's own packages reach a {@link Database}'s connections without a public method
 * on {@code Database}. {@code Database} installs the accessor from its static initializer, which
 * has run before any instance can be passed here. Thread-safe.
 */
public final class DatabaseAccess {

    private static volatile Function<Database, ConnectionManager> accessor;
    private static volatile Function<Database, CacheEngine> cacheAccessor;
    private static volatile Function<Database, MonitorEngine> monitorAccessor;

    private DatabaseAccess() {
    }

    /**
     * Called once, by {@code Database}'s static initializer.
     *
     * @throws IllegalStateException when an accessor is already installed
     */
    public static synchronized void install(Function<Database, ConnectionManager> connections) {
        if (accessor != null) {
            throw new IllegalStateException("DatabaseAccess is installed by Database alone");
        }
        accessor = Objects.requireNonNull(connections);
    }

    /**
     * Called once, by {@code Database}'s static initializer: how to reach a database's query cache.
     *
     * @throws IllegalStateException when an accessor is already installed
     */
    public static synchronized void installCache(Function<Database, CacheEngine> cache) {
        if (cacheAccessor != null) {
            throw new IllegalStateException("DatabaseAccess is installed by Database alone");
        }
        cacheAccessor = Objects.requireNonNull(cache);
    }

    /**
     * Called once, by {@code Database}'s static initializer: how to reach a database's monitor.
     *
     * @throws IllegalStateException when an accessor is already installed
     */
    public static synchronized void installMonitor(Function<Database, MonitorEngine> monitor) {
        if (monitorAccessor != null) {
            throw new IllegalStateException("DatabaseAccess is installed by Database alone");
        }
        monitorAccessor = Objects.requireNonNull(monitor);
    }

    /**
     * The connection pool of {@code database} as it is now, with its waits: for the metrics
     * binder, which lives outside this package.
     */
    public static PoolState pool(Database database) {
        return connections(database).state();
    }

    static MonitorEngine monitor(Database database) {
        return monitorAccessor.apply(Objects.requireNonNull(database, "database"));
    }

    static CacheEngine cache(Database database) {
        return cacheAccessor.apply(Objects.requireNonNull(database, "database"));
    }

    static ConnectionManager connections(Database database) {
        return accessor.apply(Objects.requireNonNull(database, "database"));
    }
}

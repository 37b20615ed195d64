package dev.noormme;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.health.HealthReport;
import dev.noormme.internal.EntityMapping;
import java.util.List;
import java.util.concurrent.Callable;

/** SKELETON: the runtime helper replaces this body. */
public final class Database implements AutoCloseable {
    public static Database open(DatabaseConfig config) { throw new UnsupportedOperationException(); }
    public static Database open(DatabaseConfig config, List<? extends EntityMapping<?, ?>> entities) {
        throw new UnsupportedOperationException();
    }
    public void inTransaction(Runnable work) { throw new UnsupportedOperationException(); }
    public <T> T inTransaction(Callable<T> work) { throw new UnsupportedOperationException(); }
    public HealthReport healthCheck() { throw new UnsupportedOperationException(); }
    @Override public void close() { throw new UnsupportedOperationException(); }
}

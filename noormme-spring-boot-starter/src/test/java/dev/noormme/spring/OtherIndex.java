package dev.noormme.spring;

import dev.noormme.Database;
import dev.noormme.ServiceIndex;
import dev.noormme.config.DatabaseConfig;
import java.util.List;

/** A second compilation's index, listed by the several-indexes test only; never opened. */
public final class OtherIndex implements ServiceIndex<OtherIndex.Factory> {

    /** Stands for another compilation's generated ServiceFactory. */
    public static final class Factory implements AutoCloseable {
        @Override
        public void close() {
        }
    }

    @Override
    public Class<Factory> serviceFactoryType() {
        return Factory.class;
    }

    @Override
    public List<Class<?>> repositoryTypes() {
        return List.of();
    }

    @Override
    public Database open(DatabaseConfig config) {
        throw new AssertionError("the several-indexes test never opens the other compilation's database");
    }

    @Override
    public Factory serviceFactory(Database database) {
        throw new AssertionError("never built");
    }

    @Override
    public <R> R repository(Factory factory, Class<R> type) {
        throw new AssertionError("never asked");
    }
}

package com.acme.users;

import dev.noormme.Database;
import dev.noormme.ServiceIndex;
import dev.noormme.config.DatabaseConfig;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Lists {@link ServiceFactory} for integrations such as the Spring Boot starter, which find it
 * through {@code META-INF/services/dev.noormme.ServiceIndex}. Stateless and thread-safe.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class ServiceFactory_Index implements ServiceIndex<ServiceFactory> {
    /**
     * Called by {@link java.util.ServiceLoader}.
     */
    public ServiceFactory_Index() {
    }

    @Override
    public Class<ServiceFactory> serviceFactoryType() {
        return ServiceFactory.class;
    }

    @Override
    public List<Class<?>> repositoryTypes() {
        return List.of(
                UsersRepository.class);
    }

    @Override
    public Database open(DatabaseConfig config) {
        return ServiceFactory.openDatabase(config);
    }

    @Override
    public ServiceFactory serviceFactory(Database database) {
        return new ServiceFactory(database);
    }

    @Override
    public <R> R repository(ServiceFactory factory, Class<R> type) {
        return factory.repository(type);
    }
}

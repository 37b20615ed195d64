package dev.noormme;

import dev.noormme.config.DatabaseConfig;
import java.util.List;

/**
 * What one compilation generated, for integrations such as the Spring Boot starter: the processor
 * writes one implementation next to the generated {@code ServiceFactory} and lists it in
 * {@code META-INF/services/dev.noormme.ServiceIndex}, so an integration finds it with
 * {@link java.util.ServiceLoader} instead of scanning the classpath. Applications use the
 * {@code ServiceFactory} itself.
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <F> the generated {@code ServiceFactory}
 */
public interface ServiceIndex<F extends AutoCloseable> {

    /** The generated {@code ServiceFactory} class. */
    Class<F> serviceFactoryType();

    /** Every repository interface of the compilation, sorted by qualified name. */
    List<Class<?>> repositoryTypes();

    /**
     * Opens the database exactly as {@code ServiceFactory.create(config)} does: every entity
     * mapping, the {@code @Migration} steps and the retention rules of the compilation. The
     * caller closes it.
     */
    Database open(DatabaseConfig config);

    /**
     * A {@code ServiceFactory} over a database that is already open. Closing the factory closes
     * that database, so whoever owns the database need not close the factory as well.
     */
    F serviceFactory(Database database);

    /**
     * The repository of {@code type} held by {@code factory}.
     *
     * @throws IllegalArgumentException when the factory has no such repository
     */
    <R> R repository(F factory, Class<R> type);
}

package com.acme.billing;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.health.HealthReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Opens the database and builds every repository of this application.
 *
 * <p>Thread-safe: every method may be called from any thread, and the repositories it
 * returns may be shared by every thread. {@link #initialize} and {@link #getInstance}
 * manage one process-wide instance; {@link #create} makes independent ones.
 */
@Generated("dev.noormme.processor.NoormmeProcessor")
public final class ServiceFactory implements AutoCloseable {
    private static final String KNOWN_REPOSITORIES = "com.acme.billing.Customers, com.acme.billing.Invoices";

    /**
     * The process-wide instance; guarded by the class lock.
     */
    private static ServiceFactory instance;

    private final Database database;

    private final Customers customers;

    private final Invoices invoices;

    private final Map<Class<?>, Object> repositories;

    /**
     * A factory over {@code database}, which it closes when it is closed.
     */
    ServiceFactory(Database database) {
        this.database = database;
        this.customers = new Customers_Impl(database);
        this.invoices = new Invoices_Impl(database);
        Map<Class<?>, Object> byType = new LinkedHashMap<>();
        byType.put(Customers.class, customers);
        byType.put(Invoices.class, invoices);
        this.repositories = Collections.unmodifiableMap(byType);
    }

    /**
     * Opens the database described by {@code config}, creating the tables of every entity,
     * and builds every repository. The caller closes the returned factory.
     */
    public static ServiceFactory create(DatabaseConfig config) {
        Database database = openDatabase(config);
        try {
            return new ServiceFactory(database);
        } catch (RuntimeException e) {
            // Without this the connections would leak: nobody else holds the database yet.
            database.close();
            throw e;
        }
    }

    /**
     * Opens the database as {@link #create} does, without building the repositories; also
     * called by the generated {@code ServiceFactory_Index}.
     */
    static Database openDatabase(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        return Database.open(config, List.of(
                Customer_Mapping.INSTANCE,
                Invoice_Mapping.INSTANCE));
    }

    /**
     * Creates the process-wide factory that {@link #getInstance()} returns.
     *
     * @throws IllegalStateException when one is already initialized and not closed
     */
    public static synchronized ServiceFactory initialize(DatabaseConfig config) {
        if (instance != null) {
            throw new IllegalStateException("ServiceFactory is already initialized; close() it before initializing it again");
        }
        instance = create(config);
        return instance;
    }

    /**
     * The process-wide factory.
     *
     * @throws IllegalStateException when {@link #initialize} has not been called, or it was closed
     */
    public static synchronized ServiceFactory getInstance() {
        if (instance == null) {
            throw new IllegalStateException("ServiceFactory is not initialized: call ServiceFactory.initialize(config) first");
        }
        return instance;
    }

    /**
     * The database every repository of this factory uses.
     */
    public Database database() {
        return database;
    }

    /**
     * The {@link Customers}.
     */
    public Customers customers() {
        return customers;
    }

    /**
     * The {@link Invoices}.
     */
    public Invoices invoices() {
        return invoices;
    }

    /**
     * The repository of that interface.
     *
     * @throws IllegalArgumentException when this factory has no such repository
     */
    public <R> R repository(Class<R> type) {
        Object repository = repositories.get(type);
        if (repository == null) {
            throw new IllegalArgumentException("No repository " + type.getName() + " in this ServiceFactory; it has: " + KNOWN_REPOSITORIES);
        }
        return type.cast(repository);
    }

    /**
     * The database's health report.
     */
    public HealthReport healthCheck() {
        return database.healthCheck();
    }

    /**
     * Closes the database, releasing every connection and thread; when this is the
     * process-wide factory, {@link #initialize} may be called again afterwards.
     */
    @Override
    public void close() {
        synchronized (ServiceFactory.class) {
            if (instance == this) {
                instance = null;
            }
        }
        database.close();
    }
}

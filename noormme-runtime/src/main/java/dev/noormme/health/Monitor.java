package dev.noormme.health;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What every query of one database did, as {@code database.monitor()} reports it: counts,
 * errors and latency percentiles per query name, the recent slow queries with their plans, and
 * alerts. A generated method's name is {@code <RepositoryInterface>.<method>}
 * ({@code UsersRepository.findByEmail}, CRUD methods included: {@code UsersRepository.findById});
 * an {@code executeQuery} call's name is the one it was given.
 *
 * <p>Queries record their latency without taking a lock; the figures are gathered when they are
 * read and every 15 seconds. Thread-safe: every method may be called from any thread.
 */
public interface Monitor {

    /**
     * The figures of {@code name} since the database opened, or since {@link #reset()}; empty
     * figures (every count zero) for a name that never ran, never null.
     *
     * @throws NullPointerException when {@code name} is null
     */
    QueryStats stats(String name);

    /**
     * The figures of {@code name} over the last {@code window}, counted in whole minutes (the
     * current one included) up to the last 15 minutes; cache hits are counted since the start.
     *
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when {@code window} is not positive
     */
    QueryStats stats(String name, Duration window);

    /** Every name that has run or been answered by the cache, sorted. */
    List<String> names();

    /** {@link #stats(String)} of every name, sorted by name. */
    List<QueryStats> all();

    /** The most recent slow queries, newest first; at most 100. */
    List<SlowQuery> slowQueries();

    /**
     * Calls {@code listener} with every alert, on the monitor's own thread, never on a query's.
     * A listener that throws is logged once and keeps receiving alerts.
     */
    void onAlert(Consumer<Alert> listener);

    /**
     * How many times a call was tried again because another process held the database's lock
     * past {@code busyTimeout} (see {@code DatabaseConfig.busyRetries()}), since the database
     * opened or {@link #reset()}. Counted whether or not query monitoring is on.
     */
    long busyRetries();

    /** Forgets every figure and slow query recorded so far; thresholds and listeners stay. */
    void reset();
}

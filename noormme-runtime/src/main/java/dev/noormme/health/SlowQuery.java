package dev.noormme.health;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of a query that took longer than its slow-query threshold. Never holds the values
 * bound to the query: they may be personal data.
 *
 * @param name the query's name ({@code <RepositoryInterface>.<method>} or an {@code executeQuery} name)
 * @param sql the statement as prepared, with {@code ?} for its parameters; empty for
 *        {@code executeQuery} work, whose SQL NOORMME does not see
 * @param duration how long the run took
 * @param at when it ended
 * @param plan SQLite's {@code EXPLAIN QUERY PLAN} of the statement, one step a line (empty
 *        when there is no statement or it could not be explained)
 * @param threshold the threshold it passed
 */
public record SlowQuery(String name, String sql, Duration duration, Instant at, String plan, Duration threshold) {
}

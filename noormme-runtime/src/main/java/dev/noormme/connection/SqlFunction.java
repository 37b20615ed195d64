package dev.noormme.connection;

import java.sql.SQLException;

/**
 * Work done on a connection lent for the duration of one call. The handle must not be kept or
 * used after the call returns, nor passed to another thread.
 *
 * @param <A> the argument passed through, so that callers can keep their functions in fields
 *            and call them without allocating a capturing lambda per call
 * @param <R> the result
 */
@FunctionalInterface
public interface SqlFunction<A, R> {

    /** Does the work on {@code handle}. */
    R apply(Handle handle, A argument) throws SQLException;
}

package dev.noormme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one result row into a value (an entity, a record projection or a scalar) from column
 * positions fixed at compile time; written by the processor.
 *
 * @param <R> the value
 */
@FunctionalInterface
public interface RowReader<R> {

    /** Reads the current row; never advances it. */
    R read(ResultSet row) throws SQLException;
}

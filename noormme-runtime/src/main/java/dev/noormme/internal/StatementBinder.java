package dev.noormme.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds a generated query method's arguments to its statement; written by the processor. */
@FunctionalInterface
public interface StatementBinder {

    /** Binds nothing, for statements without parameters. */
    StatementBinder NONE = statement -> 1;

    /**
     * Binds every parameter of the method's SQL from index 1.
     *
     * @return the index of the next parameter, so the runtime can bind its own after them
     */
    int bind(PreparedStatement statement) throws SQLException;
}

package dev.noormme;

import java.util.List;

/**
 * A write broke one of the table's constraints: UNIQUE, NOT NULL, PRIMARY KEY, FOREIGN KEY or
 * CHECK. The message names the constraint, the table and the column(s), e.g.
 * {@code UNIQUE constraint violated on users.email: another row already has this value}.
 * The statement that failed changed nothing.
 */
public class ConstraintViolationException extends NoormmeException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final List<String> columns;

    /**
     * @param message what a person should read
     * @param table the table whose constraint failed
     * @param columns its columns named by SQLite; empty for FOREIGN KEY and CHECK constraints
     * @param cause the driver's exception
     */
    public ConstraintViolationException(String message, String table, List<String> columns, Throwable cause) {
        super(message, cause);
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** The table whose constraint failed. */
    public String table() {
        return table;
    }

    /** The columns SQLite named, in its order; empty when SQLite names none (FOREIGN KEY, CHECK). */
    public List<String> columns() {
        return columns;
    }
}

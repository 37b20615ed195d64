package dev.noormme;

import java.util.List;

/**
 * The database does not match the entities in a way that could return wrong data or make
 * queries fail, so it was not opened. Thrown by {@code Database.open}: the message lists every
 * such difference, each naming the table and column and what fixes it (a migration to write, a
 * setting to change, a name to map), and every connection is closed again.
 */
public class SchemaMismatchException extends NoormmeException {
    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    /**
     * @param message what a person should read: every difference and its fix
     * @param differences one sentence per difference, naming its table and column
     */
    public SchemaMismatchException(String message, List<String> differences) {
        super(message);
        this.differences = List.copyOf(differences);
    }

    /**
     * One sentence per difference, each naming its table and column, e.g.
     * {@code Table people, column first_name: missing; the entity declares TEXT.}: the same
     * sentences {@code database.migrations().validate()} gives.
     */
    public List<String> differences() {
        return differences;
    }
}

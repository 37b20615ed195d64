package dev.noormme.migration;

import java.sql.Connection;

/**
 * One Java migration. Annotate the class with {@code @Migration(version = "3", description = "...")}
 * and give it a public no-argument constructor; the processor lists it in the generated
 * {@code ServiceFactory}, and Flyway runs it in version order with the SQL migrations.
 *
 * <p>The migration runs inside its own transaction: when it throws, everything it did on
 * {@code c} is rolled back and the run stops with a {@link MigrationException}. Do not commit,
 * roll back or close {@code c}.
 */
public interface MigrationStep {

    /**
     * Changes the database through {@code c}, a connection of its own to the database file,
     * inside the migration's transaction.
     */
    void migrate(Connection c) throws Exception;
}

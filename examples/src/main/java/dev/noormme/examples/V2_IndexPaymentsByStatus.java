package dev.noormme.examples;

import dev.noormme.annotations.Migration;
import dev.noormme.migration.MigrationStep;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A migration written in Java, listed by the processor at compile time: payments are counted by
 * status, so they get an index on it (declared on {@link Payment} too, so drift checks agree).
 */
@Migration(version = "2", description = "Index payments by status")
public final class V2_IndexPaymentsByStatus implements MigrationStep {

    @Override
    public void migrate(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX payments_status_idx ON payments (status)");
        }
    }
}

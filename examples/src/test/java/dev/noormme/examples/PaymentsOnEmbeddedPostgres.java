package dev.noormme.examples;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.PostgresServer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link PaymentsApp} on a PostgreSQL 17 server started from Maven artifacts (the tests'
 * {@link PostgresServer}), so trying the example on PostgreSQL needs only a JDK and Maven:
 * {@code mvn -B -q -pl examples -am install -DskipTests && mvn -B -q -pl examples exec:java@postgresql}.
 * The server and its files are gone when the JVM exits.
 */
public final class PaymentsOnEmbeddedPostgres {

    private static final Logger QUIET = Logger.getLogger("org.flywaydb");

    private PaymentsOnEmbeddedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        QUIET.setLevel(Level.WARNING);
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url(PostgresServer.newDatabase())
                .build();
        PaymentsApp.run(config, System.out);
    }
}

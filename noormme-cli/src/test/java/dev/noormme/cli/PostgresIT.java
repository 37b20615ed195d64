package dev.noormme.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.fixtures.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a PostgreSQL url, on the runtime's embedded test server. */
class PostgresIT {

    @TempDir
    Path folder;

    @Test
    void healthInspectAndBackupOnPostgresql() throws Exception {
        String url = PostgresServer.newDatabase();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE accounts (id BIGINT PRIMARY KEY, email TEXT UNIQUE)");
            statement.execute("INSERT INTO accounts VALUES (1, 'ada@example.com'), (2, 'alan@example.com')");
        }

        Cli.Run health = Cli.run(folder, "health", url).succeeds();
        assertTrue(health.out().startsWith("Health of " + url + ": UP"), health.out());
        assertTrue(health.out().contains("connections"), "PostgreSQL's own checks: " + health.out());

        Cli.Run inspect = Cli.run(folder, "inspect", url).succeeds();
        assertTrue(inspect.out().contains("(PostgreSQL)"), inspect.out());
        assertTrue(inspect.out().contains("Tables (1):\n  accounts"), inspect.out());
        assertTrue(inspect.out().contains("accounts_pkey ON accounts"), inspect.out());

        Cli.run(folder, "backup", url, "copy.db").exits(1).oneErrorLineNaming("pg_dump");
        Cli.run(folder, "restore", url, "copy.db").exits(1).oneErrorLineNaming("pg_restore");
    }

    @Test
    void unreachableServerExits69() throws Exception {
        Cli.Run run = Cli.run(folder, "health", "jdbc:postgresql://127.0.0.1:1/none?user=nobody&password=secret")
                .exits(69).oneErrorLineNaming("127.0.0.1");
        assertFalse(run.err().contains("secret"), "the password is never printed: " + run.err());
    }
}

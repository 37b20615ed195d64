package dev.noormme.processor.verifier;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Checks SQL on a PostgreSQL server, when the processor option {@code noormme.verify.postgresql}
 * names one: every entity's PostgreSQL schema is created in a schema of its own
 * ({@code noormme_verify_<random>}, dropped at the end, so a shared server keeps nothing), and
 * each statement is prepared there. Preparing is a describe-only round trip: the server parses
 * and plans the statement against the tables, and nothing runs.
 *
 * <p>pgJDBC comes from the processor path (the compiler plugin's {@code annotationProcessorPaths});
 * it is found with {@link ServiceLoader} over the processor's own class loader, since
 * {@link DriverManager} only sees drivers of the application class path. One per compilation;
 * not thread-safe (javac runs a processor on one thread).
 */
public final class PostgresVerifier implements AutoCloseable {

    private final String url;
    private final List<String> pendingSchema = new ArrayList<>();
    private final List<String> schemaFailures = new ArrayList<>();
    private Connection connection;
    private String schema;
    private String unavailable;
    private boolean unavailableReported;

    /** @param url the option's {@code jdbc:postgresql://} URL, with user and password when the server needs them */
    public PostgresVerifier(String url) {
        this.url = url;
    }

    /** The server the option names, for messages. */
    public String url() {
        return url;
    }

    /** Adds an entity's PostgreSQL CREATE statements; they run before the next statement is checked. */
    public void addSchema(List<String> statements) {
        pendingSchema.addAll(statements);
    }

    /**
     * PostgreSQL's message when it refuses {@code sql} (PostgreSQL's text, collection
     * placeholders {@code ?...} included); empty when it accepts it, or when the server cannot be
     * reached (then {@link #unavailable()} says why).
     */
    public Optional<String> refusal(String sql) {
        if (!open()) {
            return Optional.empty();
        }
        if (!schemaFailures.isEmpty()) {
            return Optional.of("the schema NOORMME created failed first: " + String.join("; ", schemaFailures));
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.replace("?...", "?"))) {
            statement.getParameterMetaData();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(serverMessage(e));
        }
    }

    /** Why the server cannot check SQL; given once, so the build reports it once. */
    public Optional<String> unavailable() {
        if (unavailable == null || unavailableReported) {
            return Optional.empty();
        }
        unavailableReported = true;
        return Optional.of(unavailable);
    }

    private boolean open() {
        if (connection == null && unavailable == null) {
            try {
                connection = connect();
                schema = "noormme_verify_" + Long.toUnsignedString(new SecureRandom().nextLong(), 36);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA " + schema);
                    statement.execute("SET search_path TO " + schema);
                }
            } catch (Exception | ServiceConfigurationError | LinkageError e) {
                unavailable = e.getMessage() == null ? e.getClass().getName() : serverMessage(e);
                close();
                return false;
            }
        }
        if (connection == null) {
            return false;
        }
        for (String create : pendingSchema) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(create);
            } catch (SQLException e) {
                schemaFailures.add(create + ": " + serverMessage(e));
            }
        }
        pendingSchema.clear();
        return true;
    }

    private Connection connect() throws SQLException {
        for (Driver driver : ServiceLoader.load(Driver.class, PostgresVerifier.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                Connection opened = driver.connect(url, new Properties());
                if (opened != null) {
                    return opened;
                }
            }
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("it is not a jdbc:postgresql: URL");
        }
        throw new SQLException("no PostgreSQL JDBC driver (org.postgresql:postgresql) is on the processor path");
    }

    /** {@code ERROR: relation "x" does not exist\n  Position: 15} → {@code relation "x" does not exist}. */
    private static String serverMessage(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        return first.startsWith("ERROR: ") ? first.substring("ERROR: ".length()) : first;
    }

    /** Drops the verification schema with everything in it, and closes the connection. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (schema != null) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException ignored) {
            // The schema is empty of data and uniquely named; a server that refuses the drop keeps only its tables.
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing was written that closing could lose.
        }
        connection = null;
    }
}

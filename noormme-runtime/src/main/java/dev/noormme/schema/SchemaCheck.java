package dev.noormme.schema;

import dev.noormme.NoormmeException;
import dev.noormme.SchemaMismatchException;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.internal.EntityMapping;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares the entities' tables with a database: every declared table, column, type affinity,
 * DECIMAL collation, nullability, primary key and index, plus the NOT NULL columns without a
 * default that inserts would not fill. Tables, columns and indexes the entities do not declare
 * are otherwise no difference. {@code Database.open} runs {@link #requireMatch} in every
 * environment; {@code migrations().validate()} and {@code healthCheck()} report the same
 * differences as {@link #drift}. Not API: {@code Database} and {@code Migrations} call it.
 *
 * <p>The declared schema is built once per instance, on first use, by running the mappings'
 * own CREATE statements where the database's dialect reads them back: SQLite's in a private
 * in-memory database, PostgreSQL's in the session's temporary schema, rolled back
 * ({@link PostgresSchema}). Thread-safe.
 */
public final class SchemaCheck {

    /** How the database's schema was made at open; it decides which fixes the message offers. */
    public enum Preparation {
        /** The application has migrations: they alone make the schema. */
        MIGRATIONS,
        /** No migrations; {@code createSchema} created the missing tables and indexes. */
        CREATE_SCHEMA,
        /** No migrations and {@code createSchema} off: nothing made the schema. */
        NONE
    }

    private static final System.Logger LOG = System.getLogger(SchemaCheck.class.getName());

    private final List<EntityMapping<?, ?>> entities;
    private volatile SchemaSnapshot expected;

    /** A check of these entities' tables; nothing is read until it runs. */
    public SchemaCheck(List<? extends EntityMapping<?, ?>> entities) {
        this.entities = List.copyOf(entities);
    }

    /** True when there are no entities, so nothing can differ. */
    public boolean isEmpty() {
        return entities.isEmpty();
    }

    /**
     * Every difference, breaking or not, one sentence each naming the table and column; empty
     * when none. Read-only.
     *
     * @throws NoormmeException when the schema cannot be read
     */
    public List<String> drift(ConnectionManager connections) {
        return differences(connections).stream().map(SchemaDifference::description).toList();
    }

    /**
     * Fails when a difference could return wrong data or make queries fail; logs the others as
     * warnings.
     *
     * @param database the database's path (or url), for the message
     * @throws SchemaMismatchException listing every breaking difference with its fix
     */
    public void requireMatch(ConnectionManager connections, Preparation preparation, String database) {
        List<SchemaDifference> differences = differences(connections);
        for (SchemaDifference difference : differences) {
            if (!difference.breaking()) {
                LOG.log(Level.WARNING, "Schema drift in {0}: {1}", database, difference.description());
            }
        }
        List<SchemaDifference> breaking = differences.stream().filter(SchemaDifference::breaking).toList();
        if (!breaking.isEmpty()) {
            throw new SchemaMismatchException(MismatchMessage.of(breaking, preparation, database),
                    breaking.stream().map(SchemaDifference::description).toList());
        }
    }

    /**
     * The "schema drift" check for {@code Database.healthCheck()}: DEGRADED when anything
     * differs, DOWN when the schema cannot be read. Never throws.
     */
    public HealthReport health(ConnectionManager connections) {
        long start = System.nanoTime();
        try {
            List<String> drift = drift(connections);
            HealthCheck check = new HealthCheck("schema drift", drift.isEmpty() ? HealthStatus.UP : HealthStatus.DEGRADED,
                    drift.isEmpty() ? "the database matches the " + entities.size() + " entities" : String.join(" ", drift),
                    Duration.ofNanos(System.nanoTime() - start));
            return new HealthReport(List.of(check), drift.isEmpty() ? List.of()
                    : List.of("Write a migration that makes the database match the entities (or change the entities): "
                            + drift.size() + " difference(s)"));
        } catch (RuntimeException e) {
            return new HealthReport(List.of(new HealthCheck("schema drift", HealthStatus.DOWN, String.valueOf(e.getMessage()),
                    Duration.ofNanos(System.nanoTime() - start))), List.of());
        }
    }

    private List<SchemaDifference> differences(ConnectionManager connections) {
        if (entities.isEmpty()) {
            return List.of();
        }
        try {
            List<String> tables = entities.stream().map(EntityMapping::table).collect(Collectors.toList());
            Dialect dialect = connections.dialect();
            return switch (dialect) {
                case SQLITE -> {
                    SchemaSnapshot declared = expected();
                    yield connections.read((handle, unused) -> SchemaComparison.compare(tables, declared,
                            SchemaSnapshot.read(handle.connection()), handle.connection(), dialect), null);
                }
                // On a writing connection: the declared tables are created, read and rolled back there.
                case POSTGRESQL -> connections.write((handle, unused) -> SchemaComparison.compare(tables,
                        expected(handle), PostgresSchema.read(handle.connection()), handle.connection(), dialect), null);
            };
        } catch (SQLException e) {
            throw new NoormmeException("Cannot read the schema of " + connections.url()
                    + " to compare it with the entities: " + e.getMessage(), e);
        }
    }

    private SchemaSnapshot expected(Handle handle) throws SQLException {
        SchemaSnapshot snapshot = expected;
        if (snapshot == null) {
            snapshot = PostgresSchema.declared(entities, handle.connection());
            expected = snapshot;
        }
        return snapshot;
    }

    private SchemaSnapshot expected() throws SQLException {
        SchemaSnapshot snapshot = expected;
        if (snapshot == null) {
            snapshot = ExpectedSchema.of(entities);
            expected = snapshot;
        }
        return snapshot;
    }
}

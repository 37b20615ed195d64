package dev.noormme.processor.verifier;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks SQL with SQLite itself, as Room's {@code DatabaseVerifier} does: every entity's CREATE
 * statements run in one {@code jdbc:sqlite::memory:} database, opened lazily by the first
 * statement to check, and each statement is prepared there. One per compilation; not thread-safe
 * (javac runs a processor on one thread).
 */
public final class SqlVerifier implements AutoCloseable {

    /** Opens the in-memory database; replaced in tests to act out a missing native library. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws Exception;
    }

    /** The collation BigDecimal columns are declared with; the runtime registers the real one. */
    private static final String DECIMAL_COLLATION = "DECIMAL";

    /** The exact decimal sum the runtime registers, named as in SQLite's decimal extension. */
    private static final String DECIMAL_SUM = "decimal_sum";

    /**
     * Stands in for the runtime's decimal collation: CREATE TABLE and prepared statements only
     * need the name to exist, and the tables here stay empty, so nothing is ever compared.
     */
    private static final org.sqlite.Collation COMPILE_TIME_DECIMAL = new org.sqlite.Collation() {
        @Override
        protected int xCompare(String left, String right) {
            return left.compareTo(right);
        }
    };

    /** Stands in for the runtime's {@code decimal_sum}: statements are prepared here, never stepped. */
    private static final org.sqlite.Function.Aggregate COMPILE_TIME_DECIMAL_SUM = new org.sqlite.Function.Aggregate() {
        @Override
        protected void xStep() {
        }

        @Override
        protected void xFinal() throws SQLException {
            result();
        }
    };

    /** The connector of a real build: the driver called directly, as DriverManager does not see it here. */
    public static final Connector SQLITE = () -> {
        Connection connection = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new Properties());
        if (connection == null) {
            throw new SQLException("sqlite-jdbc refused jdbc:sqlite::memory:");
        }
        org.sqlite.Collation.create(connection, DECIMAL_COLLATION, COMPILE_TIME_DECIMAL);
        org.sqlite.Function.create(connection, DECIMAL_SUM, COMPILE_TIME_DECIMAL_SUM, 1, 0);
        return connection;
    };

    private static final Pattern SQLITE_MESSAGE = Pattern.compile("\\((.*)\\)\\s*$", Pattern.DOTALL);

    private final Connector connector;
    private final List<String> pendingSchema = new ArrayList<>();
    private Connection connection;
    private String unavailable;
    private boolean warned;

    public SqlVerifier(Connector connector) {
        this.connector = connector;
    }

    /** Adds an entity's CREATE statements; they run before the next statement is checked. */
    public void addSchema(List<String> statements) {
        pendingSchema.addAll(statements);
    }

    /** Prepares {@code sql} (parameters as {@code ?}) against the schema. */
    public Verification verify(String sql) {
        if (!open()) {
            boolean first = !warned;
            warned = true;
            return new Verification.Unavailable(unavailable, first);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            List<String> columns = columns(statement);
            int parameters = statement.getParameterMetaData().getParameterCount();
            TreeSet<String> reads = new TreeSet<>();
            TreeSet<String> writes = new TreeSet<>();
            Explain.tables(connection, sql, parameters, reads, writes);
            return new Verification.Prepared(columns, parameters, reads, writes);
        } catch (SQLException e) {
            String message = sqliteMessage(e);
            return new Verification.Refused(message, new SchemaNames(connection).suggest(message));
        }
    }

    /**
     * The smallest index on {@code table} among {@code candidates}' columns (each alone, then
     * together) under which SQLite stops reading {@code table} in full for {@code sql}; empty when
     * it does not scan the table, when no such index helps, or when SQLite is unavailable. For a
     * statement NOORMME derived, whose table and columns it knows.
     */
    public Optional<IndexAdvice> adviseIndex(String sql, String table, List<String> candidates) {
        if (!open()) {
            return Optional.empty();
        }
        try {
            return new IndexAdvisor(connection).forTable(sql, table, candidates);
        } catch (SQLException e) {
            return Optional.empty(); // advice is a courtesy: a statement SQLite cannot plan gets none
        }
    }

    /**
     * As {@link #adviseIndex(String, String, List)} for a statement written by hand: every table
     * it scans is tried with an index on each of its columns, then on those that helped together.
     *
     * @param tables the tables the statement reads and writes, as {@link #verify} found them
     */
    public Optional<IndexAdvice> adviseIndex(String sql, Collection<String> tables) {
        if (!open()) {
            return Optional.empty();
        }
        try {
            return new IndexAdvisor(connection).forStatement(sql, tables);
        } catch (SQLException e) {
            return Optional.empty(); // advice is a courtesy: a statement SQLite cannot plan gets none
        }
    }

    /** The tables of the schema, for messages. */
    public List<String> tables() {
        if (!open()) {
            return List.of();
        }
        return new SchemaNames(connection).tables();
    }

    private boolean open() {
        if (connection == null && unavailable == null) {
            try {
                connection = connector.open();
                try (Statement statement = connection.createStatement()) {
                    // Foreign-key cascades then show in EXPLAIN as the tables they write.
                    statement.execute("PRAGMA foreign_keys = ON");
                }
            } catch (Exception | LinkageError e) {
                unavailable = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName()
                        + ": " + e.getMessage();
                return false;
            }
        }
        if (connection == null) {
            return false;
        }
        applySchema();
        return true;
    }

    private void applySchema() {
        for (String create : pendingSchema) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(create);
            } catch (SQLException e) {
                // An entity's CREATE never fails once the entity is valid; a failure shows later as
                // "no such table" on the queries that use it, which is what the user has to fix.
            }
        }
        pendingSchema.clear();
    }

    private static List<String> columns(PreparedStatement statement) throws SQLException {
        ResultSetMetaData metadata = statement.getMetaData();
        int count;
        try {
            count = metadata == null ? 0 : metadata.getColumnCount();
        } catch (SQLException noColumns) {
            return List.of(); // sqlite-jdbc throws "column 1 out of bounds" for a statement with no result
        }
        List<String> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(metadata.getColumnLabel(i));
        }
        return columns;
    }

    /** {@code [SQLITE_ERROR] SQL error or missing database (no such column: x)} → {@code no such column: x}. */
    static String sqliteMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher inner = SQLITE_MESSAGE.matcher(message);
        return inner.find() ? inner.group(1) : message;
    }

    /**
     * Closes the database and deregisters the drivers sqlite-jdbc registered from this class
     * loader when its class was loaded, so the compiler's class loader can be collected.
     */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing an in-memory database only frees memory; nothing to report.
            }
            connection = null;
        }
        ClassLoader ours = SqlVerifier.class.getClassLoader();
        for (Enumeration<Driver> drivers = DriverManager.getDrivers(); drivers.hasMoreElements(); ) {
            Driver driver = drivers.nextElement();
            if (driver.getClass().getName().equals("org.sqlite.JDBC") && driver.getClass().getClassLoader() == ours) {
                try {
                    DriverManager.deregisterDriver(driver);
                } catch (SQLException | SecurityException ignored) {
                    // Deregistering only helps the class loader go; a refusal changes nothing else.
                }
            }
        }
        pendingSchema.clear();
    }
}

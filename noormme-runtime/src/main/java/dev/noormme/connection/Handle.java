package dev.noormme.connection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * One connection with its cache of prepared statements, keyed by SQL text. Lent to one thread at
 * a time by {@link ConnectionManager}; not thread-safe on its own. A SQLite handle lives as long
 * as its connection; a PostgreSQL one lives for one borrow from the pool, and closing it gives the
 * connection back.
 *
 * <p>A statement from {@link #prepare} stays open and is reused by the next call with the same
 * SQL: callers bind every parameter on each use and close every {@link ResultSet} they open
 * (an open result set keeps SQLite's statement running and blocks later commits).
 */
public final class Handle {

    /** Generated code has a bounded set of SQL; only sorted page queries vary. */
    private static final int MAX_STATEMENTS = 256;

    private final Connection connection;
    // A PostgreSQL handle lives for one borrow, which mostly runs one statement: the first is kept
    // in fields, and the map (a measurable allocation per borrow) is made for a second SQL text.
    private String firstSql;
    private PreparedStatement first;
    // Insertion order, so that eviction closes the oldest statement; get() stays a plain hash lookup.
    private LinkedHashMap<String, PreparedStatement> others;
    private DB database; // sqlite-jdbc's native handle, looked up on first use
    /** True while a reader pool has lent this handle to a caller; see {@link ReaderPool}. */
    private final AtomicBoolean lent = new AtomicBoolean();

    Handle(Connection connection) {
        this.connection = connection;
    }

    /** Lends this reader to the caller if nobody has it; true when it did. */
    boolean lend() {
        return !lent.get() && lent.compareAndSet(false, true);
    }

    void giveBack() {
        lent.set(false);
    }

    boolean lent() {
        return lent.get();
    }

    /** The cached prepared statement for {@code sql}, prepared on first use. */
    public PreparedStatement prepare(String sql) throws SQLException {
        if (sql.equals(firstSql)) {
            return first;
        }
        if (first == null) {
            first = connection.prepareStatement(sql);
            firstSql = sql;
            return first;
        }
        PreparedStatement statement = others == null ? null : others.get(sql);
        return statement != null ? statement : prepareOther(sql);
    }

    private PreparedStatement prepareOther(String sql) throws SQLException {
        if (others == null) {
            others = new LinkedHashMap<>(64);
        } else if (others.size() >= MAX_STATEMENTS) {
            Iterator<PreparedStatement> oldest = others.values().iterator();
            PreparedStatement evicted = oldest.next();
            oldest.remove();
            evicted.close();
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        others.put(sql, statement);
        return statement;
    }

    /** Every cached statement; forgets them all. */
    private List<PreparedStatement> takeStatements() {
        List<PreparedStatement> taken = new ArrayList<>(others == null ? 1 : others.size() + 1);
        if (first != null) {
            taken.add(first);
        }
        if (others != null) {
            taken.addAll(others.values());
        }
        first = null;
        firstSql = null;
        others = null;
        return taken;
    }

    /** Runs a statement that takes no parameters and returns no rows (BEGIN, SAVEPOINT, DDL...). */
    public void execute(String sql) throws SQLException {
        prepare(sql).execute();
    }

    /** Runs a statement once without caching it (DDL run at open, say). */
    public void executeOnce(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a parameterless query whose first column of its first row is an integer; 0 when NULL or no row. */
    public long queryLong(String sql) throws SQLException {
        try (ResultSet row = prepare(sql).executeQuery()) {
            return row.next() ? row.getLong(1) : 0L;
        }
    }

    /** Runs a parameterless query and returns the first column of its first row as text, or null. */
    public String queryString(String sql) throws SQLException {
        try (ResultSet row = prepare(sql).executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    /**
     * How many rows this connection has changed since it opened (SQLite's {@code total_changes()},
     * read natively, without a statement): compared before and after a write, it tells whether the
     * write changed anything before it failed.
     */
    long totalChanges() throws SQLException {
        if (database == null) {
            database = connection.unwrap(SQLiteConnection.class).getDatabase();
        }
        return database.total_changes();
    }

    /**
     * Closes and forgets every cached statement, after a failure: sqlite-jdbc finalizes a
     * statement on some errors and leaves others unreset, so none of them is trusted again.
     * Errors while closing are added to {@code failure}.
     */
    void discardStatements(Throwable failure) {
        for (PreparedStatement statement : takeStatements()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * The JDBC connection, for a statement that must not enter the statement cache (a one-off
     * EXPLAIN, say); the caller closes what it creates and never closes the connection.
     */
    public Connection connection() {
        return connection;
    }

    /** Closes every cached statement, then the connection; collects failures into one. */
    void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : takeStatements()) {
            try {
                statement.close();
            } catch (SQLException e) {
                failure = addTo(failure, e);
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure = addTo(failure, e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static SQLException addTo(SQLException first, SQLException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}

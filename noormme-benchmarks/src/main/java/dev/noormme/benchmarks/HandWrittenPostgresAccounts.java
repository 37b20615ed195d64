package dev.noormme.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The PostgreSQL baseline: what a careful person writes by hand with plain JDBC on a connection
 * pool. Like NOORMME's PostgreSQL runtime, every call borrows a connection from the pool, prepares
 * its statement on it (pgJDBC keeps the server-side prepared statement per physical connection),
 * and closes both, which gives the connection back. The SQL is the text PostgreSQL runs for
 * NOORMME (the generated {@code Account_Mapping}'s {@code POSTGRESQL_SQL} and the repository's
 * derived query), instants go in and out as {@code OffsetDateTime} (TIMESTAMPTZ), as pgJDBC
 * documents. Thread-safe as its pool is.
 */
final class HandWrittenPostgresAccounts {

    static final String COLUMNS = "\"id\", \"email\", \"display_name\", \"login_count\", \"balance\", \"created_at\"";
    static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM \"accounts\" WHERE \"id\" = ?";
    static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM \"accounts\" ORDER BY \"id\"";
    /** NOORMME's derived {@code findByEmail} on PostgreSQL, null-safe equality included (two parameters). */
    static final String SELECT_BY_EMAIL = "SELECT " + COLUMNS + " FROM \"accounts\""
            + " WHERE (\"email\" = ? OR (\"email\" IS NULL AND CAST(? AS text) IS NULL))";
    /** What a person would write for a NOT NULL column: plain equality; measured beside, not the baseline. */
    static final String SELECT_BY_EMAIL_PLAIN = "SELECT " + COLUMNS + " FROM \"accounts\" WHERE \"email\" = ?";
    static final String INSERT_WITHOUT_ID = "INSERT INTO \"accounts\" (\"email\", \"display_name\", \"login_count\","
            + " \"balance\", \"created_at\") VALUES (?, ?, ?, ?, ?)";
    /** Rows per executeBatch, as on SQLite. */
    static final int BATCH = 1_000;

    private final DataSource pool;

    HandWrittenPostgresAccounts(DataSource pool) {
        this.pool = pool;
    }

    Optional<Account> findById(long id) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_BY_ID)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    Optional<Account> findByEmail(String email) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_BY_EMAIL)) {
            statement.setString(1, email);
            statement.setString(2, email);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    Optional<Account> findByEmailPlain(String email) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_BY_EMAIL_PLAIN)) {
            statement.setString(1, email);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    List<Account> findAll() throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT_ALL);
                ResultSet row = statement.executeQuery()) {
            List<Account> accounts = new ArrayList<>();
            while (row.next()) {
                accounts.add(read(row));
            }
            return accounts;
        }
    }

    /**
     * The best bulk insert by hand: one transaction, {@code addBatch}/{@code executeBatch} every
     * 1,000 rows, no ids read back. With {@code reWriteBatchedInserts=true} on the pool's url
     * pgJDBC rewrites each batch into multi-row INSERTs; without, it pipelines the single-row ones.
     */
    void insertAll(List<Account> accounts) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT_WITHOUT_ID)) {
                int pending = 0;
                for (Account account : accounts) {
                    bind(statement, account);
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Empties the table between bulk-insert invocations; not measured. */
    void deleteAll() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement truncate = connection.createStatement()) {
            truncate.execute("TRUNCATE \"accounts\"");
        }
    }

    private static void bind(PreparedStatement statement, Account account) throws SQLException {
        statement.setString(1, account.email());
        if (account.displayName() == null) {
            statement.setNull(2, Types.VARCHAR);
        } else {
            statement.setString(2, account.displayName());
        }
        statement.setInt(3, account.loginCount());
        statement.setDouble(4, account.balance());
        if (account.createdAt() == null) {
            statement.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(5, OffsetDateTime.ofInstant(account.createdAt().truncatedTo(ChronoUnit.MICROS),
                    ZoneOffset.UTC));
        }
    }

    private static Account read(ResultSet row) throws SQLException {
        OffsetDateTime created = row.getObject(6, OffsetDateTime.class);
        return new Account(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getDouble(5),
                created == null ? null : created.toInstant());
    }
}

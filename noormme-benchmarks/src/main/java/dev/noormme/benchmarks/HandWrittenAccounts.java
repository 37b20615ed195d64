package dev.noormme.benchmarks;

import dev.noormme.internal.Columns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The baseline: what a careful person writes by hand with plain JDBC on one connection, with
 * prepared statements reused, the same SQL and the same PRAGMAs as NOORMME's. Not thread-safe.
 */
final class HandWrittenAccounts implements AutoCloseable {

    /** The text NOORMME stores an Instant as, written the way a hand-written DAO would. */
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final PreparedStatement selectById;
    private final PreparedStatement selectAll;
    private final PreparedStatement selectByEmail;
    private final PreparedStatement selectByLoginCountAbove;
    private final PreparedStatement insertReturningId;
    private final PreparedStatement insertWithoutId;
    private final PreparedStatement begin;
    private final PreparedStatement commit;

    HandWrittenAccounts(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement pragmas = connection.createStatement()) {
            pragmas.execute("PRAGMA journal_mode = WAL");
            pragmas.execute("PRAGMA synchronous = NORMAL");
            pragmas.execute("PRAGMA foreign_keys = ON");
            pragmas.execute("PRAGMA busy_timeout = 5000");
            pragmas.execute("PRAGMA temp_store = MEMORY");
        }
        String columns = "`id`, `email`, `display_name`, `login_count`, `balance`, `created_at`";
        selectById = connection.prepareStatement("SELECT " + columns + " FROM `accounts` WHERE `id` = ?");
        selectAll = connection.prepareStatement("SELECT " + columns + " FROM `accounts` ORDER BY `id`");
        selectByEmail = connection.prepareStatement("SELECT " + columns + " FROM `accounts` WHERE `email` = ?");
        selectByLoginCountAbove = connection.prepareStatement(
                "SELECT * FROM accounts WHERE login_count = ? AND balance > ? ORDER BY id LIMIT 20");
        String insert = "INSERT INTO `accounts` (`email`, `display_name`, `login_count`, `balance`,"
                + " `created_at`) VALUES (?, ?, ?, ?, ?)";
        insertReturningId = connection.prepareStatement(insert + " RETURNING `id`");
        insertWithoutId = connection.prepareStatement(insert);
        begin = connection.prepareStatement("BEGIN IMMEDIATE");
        commit = connection.prepareStatement("COMMIT");
    }

    Optional<Account> findById(long id) throws SQLException {
        selectById.setLong(1, id);
        try (ResultSet row = selectById.executeQuery()) {
            return row.next() ? Optional.of(read(row)) : Optional.empty();
        }
    }

    Optional<Account> findByEmail(String email) throws SQLException {
        selectByEmail.setString(1, email);
        try (ResultSet row = selectByEmail.executeQuery()) {
            return row.next() ? Optional.of(read(row)) : Optional.empty();
        }
    }

    List<Account> withLoginCountAbove(int loginCount, double minimum) throws SQLException {
        selectByLoginCountAbove.setInt(1, loginCount);
        selectByLoginCountAbove.setDouble(2, minimum);
        List<Account> accounts = new ArrayList<>();
        try (ResultSet row = selectByLoginCountAbove.executeQuery()) {
            while (row.next()) {
                accounts.add(read(row));
            }
        }
        return accounts;
    }

    List<Account> findAll() throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (ResultSet row = selectAll.executeQuery()) {
            while (row.next()) {
                accounts.add(read(row));
            }
        }
        return accounts;
    }

    /**
     * {@link #findAll()} with {@code created_at} read by the runtime's own {@link Columns#getInstant}
     * instead of {@link Instant#parse}: the same JDBC calls and the same conversions as the
     * generated code, so that what remains between the two is the mapping layer alone.
     */
    List<Account> findAllSameConversions() throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (ResultSet row = selectAll.executeQuery()) {
            while (row.next()) {
                accounts.add(new Account(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getDouble(5), Columns.getInstant(row, 6)));
            }
        }
        return accounts;
    }

    /** One insert, with the generated id read through RETURNING, the fastest single-row path. */
    Account insert(Account account) throws SQLException {
        bind(insertReturningId, account);
        try (ResultSet key = insertReturningId.executeQuery()) {
            key.next();
            return withId(account, key.getLong(1));
        }
    }

    /** The best bulk insert by hand: one transaction, batches of 1000, no ids read back. */
    void insertAll(List<Account> accounts) throws SQLException {
        begin.execute();
        try {
            int pending = 0;
            for (Account account : accounts) {
                bind(insertWithoutId, account);
                insertWithoutId.addBatch();
                if (++pending == 1000) {
                    insertWithoutId.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insertWithoutId.executeBatch();
            }
            commit.execute();
        } catch (SQLException | RuntimeException e) {
            try (Statement rollback = connection.createStatement()) {
                rollback.execute("ROLLBACK");
            }
            throw e;
        }
    }

    /** Empties the table between bulk-insert invocations; not measured. */
    void deleteAll() throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.execute("DELETE FROM `accounts`");
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
            statement.setNull(5, Types.VARCHAR);
        } else {
            statement.setString(5, INSTANT_TEXT.format(account.createdAt()));
        }
    }

    private static Account read(ResultSet row) throws SQLException {
        String createdAt = row.getString(6);
        Instant created = createdAt == null ? null : Instant.parse(createdAt);
        return new Account(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getDouble(5),
                created);
    }

    private static Account withId(Account account, long id) {
        return new Account(id, account.email(), account.displayName(), account.loginCount(), account.balance(),
                account.createdAt());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

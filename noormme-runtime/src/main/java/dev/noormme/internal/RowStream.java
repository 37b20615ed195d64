package dev.noormme.internal;

import dev.noormme.NoormmeException;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.ReadLease;
import dev.noormme.connection.SqlErrors;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a generated query as a {@link Stream} read lazily, on a connection lent until the
 * stream is closed (or read to its end, whichever comes first): SQLite steps one row each time
 * the stream asks for one; PostgreSQL fetches the lease's {@link ReadLease#fetchSize()} rows at a
 * time from a portal, inside the lease's read-only transaction (or the thread's transaction, which
 * the stream must not outlive). The statement is prepared for this stream alone, outside
 * the connection's statement cache, so another call on the same connection (inside a
 * transaction) cannot reset it under the stream.
 *
 * <p>Not thread-safe, as no stream is: one thread consumes it. {@link Stream#close()} may be
 * called any number of times.
 */
final class RowStream<R> extends Spliterators.AbstractSpliterator<R> {

    private final String name;
    private final String table;
    private final ReadLease lease;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowReader<R> reader;
    private boolean released;

    private RowStream(String name, String table, ReadLease lease, PreparedStatement statement, ResultSet rows,
                      RowReader<R> reader) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.name = name;
        this.table = table;
        this.lease = lease;
        this.statement = statement;
        this.rows = rows;
        this.reader = reader;
    }

    /**
     * Runs the query on a lent connection and returns its rows as a stream that gives the
     * connection back when closed.
     */
    static <R> Stream<R> open(ConnectionManager connections, String name, String table, String sql,
                              StatementBinder binder, RowReader<R> reader) {
        ReadLease lease = connections.lendForRead();
        PreparedStatement statement = null;
        try {
            statement = lease.handle().connection().prepareStatement(sql);
            if (lease.fetchSize() > 0) {
                statement.setFetchSize(lease.fetchSize());
            }
            binder.bind(statement);
            ResultSet rows = statement.executeQuery();
            RowStream<R> stream = new RowStream<>(name, table, lease, statement, rows, reader);
            return StreamSupport.stream(stream, false).onClose(stream::release);
        } catch (SQLException e) {
            NoormmeException failure = SqlErrors.translate(e, name, table);
            closeQuietly(statement, failure);
            lease.close();
            throw failure;
        } catch (RuntimeException | Error failure) {
            closeQuietly(statement, failure);
            lease.close();
            throw failure;
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
        if (released) {
            return false;
        }
        R row;
        try {
            if (!rows.next()) {
                // Read to the end: the connection goes back now, not only when the caller closes.
                release();
                return false;
            }
            row = reader.read(rows);
        } catch (SQLException e) {
            NoormmeException failure = SqlErrors.translate(e, name, table);
            release();
            throw failure;
        }
        action.accept(row);
        return true;
    }

    /** Closes the result set and the statement, then gives the connection back; once. */
    private void release() {
        if (released) {
            return;
        }
        released = true;
        NoormmeException failure = new NoormmeException(name + ": closing its stream failed");
        try {
            rows.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        closeQuietly(statement, failure);
        lease.close();
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void closeQuietly(PreparedStatement statement, Throwable failure) {
        if (statement == null) {
            return;
        }
        try {
            statement.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

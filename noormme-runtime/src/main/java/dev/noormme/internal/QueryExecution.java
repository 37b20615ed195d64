package dev.noormme.internal;

import dev.noormme.NoormmeException;
import dev.noormme.config.Dialect;
import dev.noormme.connection.ConnectionManager;
import dev.noormme.connection.Handle;
import dev.noormme.connection.SqlErrors;
import dev.noormme.connection.SqlFunction;
import dev.noormme.health.internal.MonitorEngine;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Runs the generated query methods of one repository (the bodies behind
 * {@link RepositorySupport#list} and its siblings): reads on a reader, or on the writer inside the
 * thread's transaction; writes on the writer under its lock. Statements come from the connection's
 * cache and every result set is closed before the connection goes back.
 *
 * <p>Thread-safe. The work functions are static constants; a call allocates one small record
 * carrying its SQL, binder and reader to the connection (and its result).
 */
final class QueryExecution {

    /** Bounds the page SQL cache: {@code Sql.expand} and sort keys make distinct SQL without limit. */
    private static final int MAX_PAGE_QUERIES = 512;
    /** What {@link #one(Handle, Call)} returns when a second row exists; never leaves this class. */
    private static final Object SECOND_ROW = new Object();
    /** What {@link #value(Handle, Call)} returns when there is no row; never leaves this class. */
    private static final Object NO_ROW = new Object();

    private static final SqlFunction<Call<?>, List<?>> LIST = QueryExecution::list;
    private static final SqlFunction<Call<?>, Object> ONE = QueryExecution::one;
    private static final SqlFunction<Call<?>, Object> VALUE = QueryExecution::value;
    private static final SqlFunction<Call<?>, Long> LONG = QueryExecution::queryLong;
    private static final SqlFunction<Call<?>, Boolean> EXISTS = QueryExecution::exists;
    private static final SqlFunction<Call<?>, Integer> UPDATE = QueryExecution::update;
    private static final SqlFunction<PageCall<?>, Page<?>> PAGE = QueryExecution::page;

    private final ConnectionManager connections;
    private final MonitorEngine monitor;
    private final EntityMapping<?, ?> mapping;
    private final Dialect dialect;
    private final String table;
    private final ConcurrentHashMap<PageKey, String> pageSql = new ConcurrentHashMap<>();

    QueryExecution(ConnectionManager connections, MonitorEngine monitor, EntityMapping<?, ?> mapping, Dialect dialect) {
        this.connections = connections;
        this.monitor = monitor;
        this.mapping = mapping;
        this.dialect = dialect;
        this.table = mapping.table();
    }

    @SuppressWarnings("unchecked")
    <R> List<R> list(String name, String sql, StatementBinder binder, RowReader<R> reader) {
        return (List<R>) read(LIST, new Call<>(sql, binder, reader), name);
    }

    @SuppressWarnings("unchecked")
    <R> R one(String name, String sql, StatementBinder binder, RowReader<R> reader) {
        Object value = read(ONE, new Call<>(sql, binder, reader), name);
        if (value == SECOND_ROW) {
            throw new NoormmeException(name + ": expected at most one row but the query returned more;"
                    + " return a List, or narrow the query (a unique column, LIMIT 1, First)");
        }
        return (R) value;
    }

    @SuppressWarnings("unchecked")
    <R> R value(String name, String sql, StatementBinder binder, RowReader<R> reader) {
        Object value = read(VALUE, new Call<>(sql, binder, reader), name);
        if (value == NO_ROW || value == null) {
            throw new NoormmeException(name + ": the query " + (value == NO_ROW ? "returned no row" : "returned NULL")
                    + ", which a primitive return type cannot hold. Return Optional<...> (empty when there is no"
                    + " value) or the boxed type (null), or make the query always return a value (COUNT(*),"
                    + " COALESCE(MAX(x), 0))");
        }
        return (R) value;
    }

    <R> Stream<R> stream(String name, String sql, StatementBinder binder, RowReader<R> reader) {
        return RowStream.open(connections, name, table, sql, binder, reader);
    }

    long queryLong(String name, String sql, StatementBinder binder) {
        return read(LONG, new Call<>(sql, binder, null), name);
    }

    boolean exists(String name, String sql, StatementBinder binder) {
        return read(EXISTS, new Call<>(sql, binder, null), name);
    }

    int update(String name, String sql, StatementBinder binder) {
        long start = monitor.start();
        boolean failed = true;
        try {
            int changed = connections.write(UPDATE, new Call<>(sql, binder, null));
            failed = false;
            return changed;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, name, table);
        } finally {
            monitor.record(name, sql, start, failed);
        }
    }

    @SuppressWarnings("unchecked")
    <R> Page<R> page(String name, String sql, String countSql, StatementBinder binder, PageRequest request,
                     String defaultOrderBy, RowReader<R> reader) {
        Objects.requireNonNull(request, "request");
        // Built (and the sort checked) before a connection is taken.
        String ordered = pageSql(name, sql, request.sort(), defaultOrderBy);
        long start = monitor.start();
        boolean failed = true;
        try {
            Page<R> page = (Page<R>) connections.readSnapshot(PAGE,
                    new PageCall<>(ordered, countSql, binder, request, reader));
            failed = false;
            return page;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, name, table);
        } finally {
            monitor.record(name, ordered, start, failed);
        }
    }

    /** The ordered, limited page SQL, built once per distinct (sql, sort, default order). */
    private String pageSql(String name, String sql, List<PageRequest.Order> sort, String defaultOrderBy) {
        PageKey key = new PageKey(sql, sort, defaultOrderBy);
        String cached = pageSql.get(key);
        if (cached != null) {
            return cached;
        }
        String built = PageQueries.ordered(mapping, dialect, sql, sort, defaultOrderBy, name);
        if (pageSql.size() < MAX_PAGE_QUERIES) {
            pageSql.putIfAbsent(key, built);
        }
        return built;
    }

    private <R> R read(SqlFunction<Call<?>, R> work, Call<?> call, String name) {
        long start = monitor.start();
        boolean failed = true;
        try {
            R result = connections.read(work, call);
            failed = false;
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, name, table);
        } finally {
            monitor.record(name, call.sql(), start, failed);
        }
    }

    private static <R> List<R> list(Handle handle, Call<R> call) throws SQLException {
        try (ResultSet row = execute(handle, call.sql(), call.binder())) {
            return readAll(row, call.reader());
        }
    }

    private static Object one(Handle handle, Call<?> call) throws SQLException {
        try (ResultSet row = execute(handle, call.sql(), call.binder())) {
            if (!row.next()) {
                return null;
            }
            Object value = call.reader().read(row);
            return row.next() ? SECOND_ROW : value;
        }
    }

    private static Object value(Handle handle, Call<?> call) throws SQLException {
        try (ResultSet row = execute(handle, call.sql(), call.binder())) {
            return row.next() ? call.reader().read(row) : NO_ROW;
        }
    }

    private static Long queryLong(Handle handle, Call<?> call) throws SQLException {
        try (ResultSet row = execute(handle, call.sql(), call.binder())) {
            return row.next() ? row.getLong(1) : 0L;
        }
    }

    private static Boolean exists(Handle handle, Call<?> call) throws SQLException {
        try (ResultSet row = execute(handle, call.sql(), call.binder())) {
            // getBoolean: PostgreSQL's EXISTS is a boolean (getLong refuses it); SQLite's is 0 or 1.
            return row.next() && row.getBoolean(1);
        }
    }

    private static Integer update(Handle handle, Call<?> call) throws SQLException {
        PreparedStatement statement = handle.prepare(call.sql());
        call.binder().bind(statement);
        return statement.executeUpdate();
    }

    private static <R> Page<R> page(Handle handle, PageCall<R> call) throws SQLException {
        PageRequest request = call.request();
        long total;
        try (ResultSet row = execute(handle, call.countSql(), call.binder())) {
            total = row.next() ? row.getLong(1) : 0L;
        }
        if (request.offset() >= total) {
            return new Page<>(List.of(), request.page(), request.pageSize(), total);
        }
        PreparedStatement statement = handle.prepare(call.sql());
        int next = call.binder().bind(statement);
        statement.setInt(next, request.pageSize());
        statement.setLong(next + 1, request.offset());
        try (ResultSet row = statement.executeQuery()) {
            return new Page<>(readAll(row, call.reader()), request.page(), request.pageSize(), total);
        }
    }

    private static ResultSet execute(Handle handle, String sql, StatementBinder binder) throws SQLException {
        PreparedStatement statement = handle.prepare(sql);
        binder.bind(statement);
        return statement.executeQuery();
    }

    private static <R> List<R> readAll(ResultSet row, RowReader<R> reader) throws SQLException {
        List<R> rows = new ArrayList<>();
        while (row.next()) {
            rows.add(reader.read(row));
        }
        return rows;
    }

    /** One call's statement and how to bind and read it; reader is null for scalar and write calls. */
    private record Call<R>(String sql, StatementBinder binder, RowReader<R> reader) {
    }

    /** One page call: the ordered page SQL and its count SQL, bound by the same binder. */
    private record PageCall<R>(String sql, String countSql, StatementBinder binder, PageRequest request,
                               RowReader<R> reader) {
    }

    /** The inputs that fix a page's SQL; {@code sql} is a processor constant, so equals is mostly identity. */
    private record PageKey(String sql, List<PageRequest.Order> sort, String defaultOrderBy) {
    }
}

package dev.noormme.internal;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.cache.internal.CacheEngine;
import dev.noormme.cache.internal.CachedQuery;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Implements every {@code CrudRepository} method for one entity from its mapping's constant SQL;
 * generated {@code XxxRepository_Impl} classes delegate to it. Reads run on a reader connection,
 * writes on the writer; inside the thread's transaction both run on the writer and join it.
 * SQL errors leave as {@link NoormmeException} (a constraint failure as
 * {@link dev.noormme.ConstraintViolationException}).
 *
 * <p>Thread-safe: one instance serves every thread. The work functions are fields, so the hot
 * path (e.g. {@link #findById}) allocates nothing beyond its result.
 */
public final class RepositorySupport<T, ID> {

    private final ConnectionManager connections;
    private final CacheEngine cache;
    private final CrudWrites writes;
    private final EntityMapping<T, ID> mapping;
    private final Dialect dialect;
    private final MappingSql sql;
    private final String table;
    private final SqlFunction<List<T>, List<T>> bulkInsert;
    private final IdSequence sequence;
    private final String pageByIdSql;
    private final QueryExecution queries;
    private final String repository;
    private final MonitorEngine monitor;
    private final String insertName;
    private final String insertAllName;
    private final String saveName;
    private final String updateName;
    private final String deleteByIdName;
    private final String findByIdName;
    private final String findAllName;
    private final String countName;
    private final String existsByIdName;
    private final SqlFunction<ID, Optional<T>> findById = this::findById;
    private final SqlFunction<ID, Boolean> existsById = this::existsById;
    private final SqlFunction<ID, Boolean> deleteById = this::deleteById;
    private final SqlFunction<Void, List<T>> findAll = this::findAll;
    private final SqlFunction<Void, Long> count = this::count;
    private final SqlFunction<T, T> insert = this::insert;
    private final SqlFunction<T, T> upsert = this::upsert;
    private final SqlFunction<T, Boolean> update = this::update;
    private final SqlFunction<PageQuery, Page<T>> page = this::page;

    /**
     * Support for {@code mapping}'s entity on {@code database}; every CRUD write changes its table
     * alone, and its CRUD methods are monitored under the table's name ({@code users.findById}).
     */
    public RepositorySupport(Database database, EntityMapping<T, ID> mapping) {
        this(database, mapping, CrudWrites.of(mapping.table()), mapping.table());
    }

    /**
     * Support for the repository {@code repository} of {@code mapping}'s entity on
     * {@code database}, whose CRUD writes change its table alone; see
     * {@link #RepositorySupport(Database, EntityMapping, CrudWrites, String)}.
     */
    public RepositorySupport(Database database, EntityMapping<T, ID> mapping, String repository) {
        this(database, mapping, CrudWrites.of(mapping.table()), repository);
    }

    /**
     * Support for the repository {@code repository} (its interface's simple name, as the query
     * names of its methods start: {@code UsersRepository}) of {@code mapping}'s entity on
     * {@code database}, whose CRUD writes change {@code writes}' tables (foreign-key cascades and
     * triggers included): their commit evicts the cached reads of those tables. Its CRUD methods
     * are monitored as {@code <repository>.findById} and so on.
     */
    public RepositorySupport(Database database, EntityMapping<T, ID> mapping, CrudWrites writes, String repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.monitor = DatabaseAccess.monitor(database);
        this.insertName = repository + ".insert";
        this.insertAllName = repository + ".insertAll";
        this.saveName = repository + ".save";
        this.updateName = repository + ".update";
        this.deleteByIdName = repository + ".deleteById";
        this.findByIdName = repository + ".findById";
        this.findAllName = repository + ".findAll";
        this.countName = repository + ".count";
        this.existsByIdName = repository + ".existsById";
        this.connections = DatabaseAccess.connections(database);
        this.cache = DatabaseAccess.cache(database);
        this.writes = Objects.requireNonNull(writes, "writes");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.table = mapping.table();
        this.dialect = database.dialect();
        this.sql = mapping.sql(dialect);
        this.sequence = IdSequence.of(dialect, mapping);
        this.bulkInsert = switch (dialect) {
            case SQLITE -> new BulkInsert<>(mapping, sql, dialect);
            case POSTGRESQL -> new PostgresBulkInsert<>(mapping, sql, sequence);
        };
        this.pageByIdSql = PageQueries.byId(sql);
        this.queries = new QueryExecution(connections, monitor, mapping, dialect);
    }

    /**
     * The slow-query threshold of every query of this repository ({@code @SlowQueryThreshold} on
     * the interface), in place of the environment's default; called once, by the generated
     * constructor.
     */
    public void slowQueryThreshold(Duration threshold) {
        monitor.threshold(repository, threshold);
    }

    /**
     * The slow-query threshold of the query {@code name} ({@code <RepositoryInterface>.<method>},
     * from {@code @SlowQueryThreshold} on the method), which wins over the repository's; called
     * once, by the generated constructor.
     */
    public void slowQueryThreshold(String name, Duration threshold) {
        monitor.threshold(name, threshold);
    }

    /** Inserts the entity; returns it with its generated id when SQLite generated one. */
    public T insert(T entity) {
        Objects.requireNonNull(entity, "entity");
        return write(insert, entity, "insert into ", writes.insertTables(), insertName,
                mapping.generatedId() ? sql.insertReturningId() : sql.insert());
    }

    /** Inserts every entity in one transaction (the thread's, when it has one); ids in order. */
    public List<T> insertAll(Collection<T> entities) {
        Objects.requireNonNull(entities, "entities");
        if (entities.isEmpty()) {
            return List.of();
        }
        List<T> rows = List.copyOf(entities);
        return connections.inTransaction(() -> write(bulkInsert, rows, "insertAll into ", writes.insertTables(),
                insertAllName, mapping.generatedId() ? sql.insertWithoutId() : sql.insert()));
    }

    /** Upserts an entity that has an id; inserts one that has none. */
    public T save(T entity) {
        Objects.requireNonNull(entity, "entity");
        return mapping.hasNoId(entity) ? insert(entity) : write(upsert, entity, "save into ", writes.saveTables(), saveName,
                sql.upsert());
    }

    /** Updates the row with the entity's id; false when there is none. */
    public boolean update(T entity) {
        Objects.requireNonNull(entity, "entity");
        return write(update, entity, "update of ", writes.updateTables(), updateName, sql.update());
    }

    /** Deletes the row with that id; false when there is none. */
    public boolean deleteById(ID id) {
        Objects.requireNonNull(id, "id");
        return write(deleteById, id, "deleteById on ", writes.deleteByIdTables(), deleteByIdName,
                sql.deleteById());
    }

    /** The row with that id, or empty. */
    public Optional<T> findById(ID id) {
        Objects.requireNonNull(id, "id");
        return read(findById, id, "findById on ", findByIdName, sql.selectById());
    }

    /** Every row, in id order. */
    public List<T> findAll() {
        return read(findAll, null, "findAll on ", findAllName, sql.selectAll());
    }

    /**
     * One page, in the request's sort order (then by id, so pages never overlap) or by id. The
     * rows and the total count come from one snapshot.
     *
     * @throws IllegalArgumentException when a sort property is not one of the entity's properties
     */
    public Page<T> findAll(PageRequest request) {
        Objects.requireNonNull(request, "request");
        String pageSql = request.sort().isEmpty() ? pageByIdSql : PageQueries.sorted(mapping, sql, dialect, request);
        long start = monitor.start();
        boolean failed = true;
        try {
            Page<T> rows = connections.readSnapshot(page, new PageQuery(request, pageSql));
            failed = false;
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "findAll(page) on " + table, table);
        } finally {
            monitor.record(findAllName, pageSql, start, failed);
        }
    }

    /** The number of rows. */
    public long count() {
        return read(count, null, "count on ", countName, sql.count());
    }

    /** True when a row has that id. */
    public boolean existsById(ID id) {
        Objects.requireNonNull(id, "id");
        return read(existsById, id, "existsById on ", existsByIdName, sql.existsById());
    }

    // Generated query methods (derived and @Query). {@code name} is "<RepositoryInterface>.<method>":
    // every exception names it. The bodies live in QueryExecution.

    /** Every row of a generated query, each read by {@code reader}; an empty list when there is none. */
    public <R> List<R> list(String name, DialectSql sql, StatementBinder binder, RowReader<R> reader) {
        return queries.list(name, sql.text(dialect), binder, reader);
    }

    /**
     * The only row of a generated query, or null when there is none.
     *
     * @throws NoormmeException when the query returns more than one row
     */
    public <R> R one(String name, DialectSql sql, StatementBinder binder, RowReader<R> reader) {
        return queries.one(name, sql.text(dialect), binder, reader);
    }

    /**
     * The first column of the only row, for a method that returns a primitive: never null.
     *
     * @throws NoormmeException naming {@code name} when there is no row or the value is NULL,
     *     which a primitive cannot hold
     */
    public <R> R value(String name, DialectSql sql, StatementBinder binder, RowReader<R> reader) {
        return queries.value(name, sql.text(dialect), binder, reader);
    }

    /**
     * The rows of a generated query as a stream read lazily, one row each time the stream asks
     * for one. The stream holds a connection until it is closed, so close it: use it in
     * try-with-resources. Reading it to its end also gives the connection back. Inside the
     * thread's transaction it reads on the transaction's connection and must be closed before the
     * transaction ends; otherwise it holds a reader (on an in-memory database, the writer), so
     * an unclosed stream starves later reads.
     */
    public <R> Stream<R> stream(String name, DialectSql sql, StatementBinder binder, RowReader<R> reader) {
        return queries.stream(name, sql.text(dialect), binder, reader);
    }

    /** The first column of the first row as a long (COUNT and friends); 0 when there is no row. */
    public long queryLong(String name, DialectSql sql, StatementBinder binder) {
        return queries.queryLong(name, sql.text(dialect), binder);
    }

    /** True when the first column of the first row is not 0 ({@code SELECT EXISTS(...)}). */
    public boolean exists(String name, DialectSql sql, StatementBinder binder) {
        return queries.exists(name, sql.text(dialect), binder);
    }

    /**
     * Runs an INSERT, UPDATE or DELETE on the writer (joining the thread's transaction, if any);
     * the number of rows it changed.
     *
     * @throws dev.noormme.ConstraintViolationException when the statement breaks a constraint
     */
    public int update(String name, DialectSql sql, StatementBinder binder) {
        return update(name, sql, binder, table);
    }

    /**
     * As {@link #update(String, DialectSql, StatementBinder)}, for a statement that changes
     * {@code tables} (as the processor found them, cascades and triggers included): their cached
     * reads are evicted when the write commits.
     */
    public int update(String name, DialectSql sql, StatementBinder binder, String... tables) {
        return cache.write(() -> {
            try {
                return queries.update(name, sql.text(dialect), binder);
            } finally {
                cache.written(tables);
            }
        });
    }

    /**
     * The cache of the read method {@code name} ({@code <RepositoryInterface>.<method>}), which
     * reads {@code tables}; its results live at most {@code ttl}. Generated code keeps one per
     * {@code @Cached} method and calls {@code get(arguments..., loader)} on it.
     */
    public <R> CachedQuery<R> cached(String name, Duration ttl, String... tables) {
        return cache.query(name, ttl, tables);
    }

    /**
     * As {@link #cached(String, Duration, String...)}, for a method with its own stale-if-error
     * allowance ({@code @Cached(staleIfError = ...)}): while the database fails, its last value is
     * served for up to {@code staleIfError} after it was loaded, whatever the database's setting.
     */
    public <R> CachedQuery<R> cached(String name, Duration ttl, Duration staleIfError, String... tables) {
        return cache.query(name, ttl, staleIfError, tables);
    }

    /**
     * One page of a generated query. {@code sql} is a SELECT without ORDER BY or LIMIT;
     * {@code countSql} counts its rows and takes the same parameters. Order: the request's sort
     * (checked against the entity's properties), else {@code defaultOrderBy} (SQL from the
     * processor, e.g. {@code "`email` ASC"} on SQLite; null for none), then the id. {@code LIMIT} and
     * {@code OFFSET} are bound after the binder's parameters. The rows and the count come from
     * one snapshot; a page past the last one is empty.
     *
     * @throws IllegalArgumentException when a sort property is not one of the entity's properties
     */
    public <R> Page<R> page(String name, DialectSql sql, DialectSql countSql, StatementBinder binder, PageRequest request,
                            DialectSql defaultOrderBy, RowReader<R> reader) {
        return queries.page(name, sql.text(dialect), countSql.text(dialect), binder, request,
                defaultOrderBy == null ? null : defaultOrderBy.text(dialect), reader);
    }

    /** Runs a CRUD read, timed as the query {@code name}; a failure names {@code operation} and the table. */
    private <A, R> R read(SqlFunction<A, R> work, A argument, String operation, String name, String sql) {
        long start = monitor.start();
        boolean failed = true;
        try {
            R result = connections.read(work, argument);
            failed = false;
            return result;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, operation + table, table);
        } finally {
            monitor.record(name, sql, start, failed);
        }
    }

    private <A, R> R write(SqlFunction<A, R> work, A argument, String operation, String[] tables, String name,
            String sql) {
        return cache.write(() -> {
            long start = monitor.start();
            boolean failed = true;
            try {
                R result = connections.write(work, argument);
                failed = false;
                return result;
            } catch (SQLException e) {
                throw SqlErrors.translate(e, operation + table, table);
            } finally {
                cache.written(tables);
                monitor.record(name, sql, start, failed);
            }
        });
    }

    private T insert(Handle handle, T entity) throws SQLException {
        if (!mapping.generatedId() || !mapping.hasNoId(entity)) {
            PreparedStatement statement = handle.prepare(sql.insert());
            mapping.bindId(statement, 1, mapping.id(entity));
            mapping.bindColumns(statement, entity, 2);
            statement.executeUpdate();
            sequence.passExplicitIds(handle);
            return entity;
        }
        PreparedStatement statement = handle.prepare(sql.insertReturningId());
        mapping.bindColumns(statement, entity, 1);
        try (ResultSet row = statement.executeQuery()) {
            row.next();
            return mapping.withGeneratedId(entity, row.getLong(1));
        }
    }

    private T upsert(Handle handle, T entity) throws SQLException {
        PreparedStatement statement = handle.prepare(sql.upsert());
        mapping.bindId(statement, 1, mapping.id(entity));
        mapping.bindColumns(statement, entity, 2);
        statement.executeUpdate();
        sequence.passExplicitIds(handle);
        return entity;
    }

    private Boolean update(Handle handle, T entity) throws SQLException {
        PreparedStatement statement = handle.prepare(sql.update());
        int next = mapping.bindColumns(statement, entity, 1);
        mapping.bindId(statement, next, mapping.id(entity));
        return statement.executeUpdate() > 0;
    }

    private Boolean deleteById(Handle handle, ID id) throws SQLException {
        PreparedStatement statement = handle.prepare(sql.deleteById());
        mapping.bindId(statement, 1, id);
        return statement.executeUpdate() > 0;
    }

    private Optional<T> findById(Handle handle, ID id) throws SQLException {
        PreparedStatement statement = handle.prepare(sql.selectById());
        mapping.bindId(statement, 1, id);
        try (ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(mapping.read(row)) : Optional.empty();
        }
    }

    private Boolean existsById(Handle handle, ID id) throws SQLException {
        PreparedStatement statement = handle.prepare(sql.existsById());
        mapping.bindId(statement, 1, id);
        try (ResultSet row = statement.executeQuery()) {
            // getBoolean: PostgreSQL's EXISTS is a boolean (getInt refuses it); SQLite's is 0 or 1.
            return row.next() && row.getBoolean(1);
        }
    }

    private List<T> findAll(Handle handle, Void unused) throws SQLException {
        try (ResultSet row = handle.prepare(sql.selectAll()).executeQuery()) {
            return readAll(row);
        }
    }

    private Long count(Handle handle, Void unused) throws SQLException {
        return handle.queryLong(sql.count());
    }

    private Page<T> page(Handle handle, PageQuery query) throws SQLException {
        PageRequest request = query.request();
        long total = handle.queryLong(sql.count());
        if (request.offset() >= total) {
            return new Page<>(List.of(), request.page(), request.pageSize(), total);
        }
        PreparedStatement statement = handle.prepare(query.sql());
        statement.setInt(1, request.pageSize());
        statement.setLong(2, request.offset());
        try (ResultSet row = statement.executeQuery()) {
            return new Page<>(readAll(row), request.page(), request.pageSize(), total);
        }
    }

    /** A page request with its SQL, checked before any connection is taken. */
    private record PageQuery(PageRequest request, String sql) {
    }

    private List<T> readAll(ResultSet row) throws SQLException {
        List<T> rows = new ArrayList<>();
        while (row.next()) {
            rows.add(mapping.read(row));
        }
        return rows;
    }
}

package dev.noormme.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One query method of a repository, derived from its name or written with {@code @Query}: the
 * SQL it runs, what it binds, what it returns and which tables it touches. Both kinds become
 * this one model, so one writer emits them.
 *
 * @param name the method name
 * @param displayName {@code <Repository>.<method>}, passed to the runtime for its messages
 * @param constant the name of the SQL constant, unique in the repository ({@code FIND_BY_EMAIL_SQL})
 * @param returnType the declared return type
 * @param parameters the method's parameters in order
 * @param sql the statement in each dialect, with {@code ?} per value and {@code ?...} where a
 *     collection expands
 * @param binds what to bind, in SQL order
 * @param call how the runtime runs it and what the method returns
 * @param result what each row becomes
 * @param page the count SQL and order of a {@link Call#PAGE}; null otherwise
 * @param tables the tables the statement reads and writes
 * @param notes sentences for the generated method's Javadoc, such as how {@code Not} treats NULL
 * @param cache how the method is cached when it is {@code @Cached} (a read); null otherwise
 */
public record QueryMethodModel(
        String name,
        String displayName,
        String constant,
        TypeName returnType,
        List<Parameter> parameters,
        DialectText sql,
        List<Bind> binds,
        Call call,
        ResultShape result,
        PageQuery page,
        TableAccess tables,
        List<String> notes,
        CacheSettings cache) {

    public QueryMethodModel {
        parameters = List.copyOf(parameters);
        binds = List.copyOf(binds);
        notes = List.copyOf(notes);
    }

    /** A method that is not cached. */
    public QueryMethodModel(String name, String displayName, String constant, TypeName returnType,
            List<Parameter> parameters, DialectText sql, List<Bind> binds, Call call, ResultShape result, PageQuery page,
            TableAccess tables, List<String> notes) {
        this(name, displayName, constant, returnType, parameters, sql, binds, call, result, page, tables, notes, null);
    }

    /** This method, cached as {@code cache} says. */
    public QueryMethodModel withCache(CacheSettings cache) {
        return new QueryMethodModel(name, displayName, constant, returnType, parameters, sql, binds, call, result, page,
                tables, notes, cache);
    }

    /** True for INSERT, UPDATE and DELETE methods. */
    public boolean writes() {
        return call == Call.UPDATE_INT || call == Call.UPDATE_LONG || call == Call.UPDATE_VOID;
    }

    /** True for a method whose result is a lazily read {@code Stream}, which cannot be cached. */
    public boolean streams() {
        return call == Call.STREAM;
    }

    /** True when a collection expands, so the SQL is completed per call with {@code Sql.expand}. */
    public boolean expands() {
        return binds.stream().anyMatch(Bind::expands);
    }

    /**
     * True when a value's position differs between dialects (a collection, or a null-safe
     * equality that a dialect binds twice), so the binder counts positions as it binds.
     */
    public boolean countsPositions() {
        return binds.stream().anyMatch(bind -> bind.expands() || bind.shape() == ValueShape.NULL_SAFE);
    }

    /**
     * One method parameter.
     *
     * @param name its name
     * @param type its type
     * @param keyedByValue true for an array or a collection, which a cache key must copy, since the
     *     caller may change it after the call
     */
    public record Parameter(String name, TypeName type, boolean keyedByValue) {
    }

    /**
     * One {@code ?} of the SQL (or, when {@code expands}, one {@code ?} per element).
     *
     * @param parameter the index of the method parameter, from 0
     * @param kind how the value (each element, for a collection) is bound
     * @param valueType the value's type (the element type, for a collection)
     * @param shape how the value is shaped first
     * @param expands true for a collection expanded into {@code (?, ?, ...)}
     */
    public record Bind(int parameter, BindingKind kind, TypeName valueType, ValueShape shape, boolean expands) {
    }

    /** The runtime call and the return it produces. */
    public enum Call {
        /** {@code support.one}: the row or null; more than one row is an error. */
        ONE,
        /** {@code support.one} wrapped in {@code Optional}. */
        OPTIONAL,
        /** {@code support.list}. */
        LIST,
        /** {@code support.page}. */
        PAGE,
        /** {@code support.stream}: rows read lazily while the caller consumes the stream. */
        STREAM,
        /** {@code support.value}: the first column of the only row, for a primitive; no row is an error. */
        VALUE,
        /** {@code support.queryLong} returned as long. */
        LONG,
        /** {@code support.queryLong} returned as int. */
        INT,
        /** {@code support.exists}. */
        BOOLEAN,
        /** {@code support.update} returning the changed rows as int. */
        UPDATE_INT,
        /** {@code support.update} returning the changed rows as long. */
        UPDATE_LONG,
        /** {@code support.update}, result ignored. */
        UPDATE_VOID
    }

    /**
     * What a page needs besides the SELECT.
     *
     * @param countSql counts the SELECT's rows, with the same parameters
     * @param defaultOrderBy the method name's {@code OrderBy} keys as SQL (without {@code ORDER BY}), or null
     * @param requestParameter the {@code PageRequest} parameter's index
     */
    public record PageQuery(DialectText countSql, DialectText defaultOrderBy, int requestParameter) {
    }

    /**
     * The tables a statement reads and writes, as SQLite's {@code EXPLAIN} shows them: views
     * expanded, subqueries, foreign-key cascades and triggers included. The cache invalidates by it.
     *
     * @param reads tables opened for reading
     * @param writes tables opened for writing
     * @param verified false when SQLite was unavailable and the sets come from the SQL's text
     */
    public record TableAccess(SortedSet<String> reads, SortedSet<String> writes, boolean verified) {
        public TableAccess {
            reads = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(reads));
            writes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(writes));
        }

        /** Access known only from the SQL text, such as the base table of a derived query. */
        public static TableAccess unverified(Set<String> reads, Set<String> writes) {
            return new TableAccess(new TreeSet<>(reads), new TreeSet<>(writes), false);
        }
    }
}

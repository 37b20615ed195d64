package dev.noormme.internal;

import dev.noormme.config.Dialect;
import dev.noormme.connection.Handle;
import dev.noormme.connection.SqlFunction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code insertAll}: runs on the writer inside a transaction (the caller opens or joins it) and
 * returns the entities in order with their ids. Stateless apart from the mapping; thread-safe.
 *
 * <p>Three paths. Every entity has its id (or ids are not generated): one batched
 * {@code insertSql()}. Every entity lacks a generated id: one batched
 * {@code insertWithoutIdSql()}, ids recovered afterwards (see {@link #batchWithoutIds}). Some
 * have ids and some do not: row by row, since one batch cannot hold two statements.
 */
final class BulkInsert<T, ID> implements SqlFunction<List<T>, List<T>> {

    /** Rows per {@code executeBatch}: bounds the driver's parameter buffer on large inserts. */
    static final int BATCH_SIZE = 1000;
    private static final String SAVEPOINT = "SAVEPOINT noormme_insert_all";
    private static final String RELEASE = "RELEASE noormme_insert_all";
    private static final String ROLLBACK_TO = "ROLLBACK TO noormme_insert_all";
    private static final String LAST_ROWID = "SELECT last_insert_rowid()";

    private final EntityMapping<T, ID> mapping;
    private final MappingSql sql;
    private final String maxIdSql;
    private final IdSequence sequence;

    BulkInsert(EntityMapping<T, ID> mapping, MappingSql sql, Dialect dialect) {
        this.mapping = mapping;
        this.sql = sql;
        this.sequence = IdSequence.of(dialect, mapping);
        this.maxIdSql = "SELECT max(" + Sql.quote(dialect, mapping.idColumn()) + ") FROM "
                + Sql.quote(dialect, mapping.table());
    }

    @Override
    public List<T> apply(Handle handle, List<T> rows) throws SQLException {
        int withoutId = withoutIds(mapping, rows);
        if (withoutId == 0) {
            batchWithIds(mapping, sql, handle, rows);
            return rows;
        }
        if (withoutId == rows.size()) {
            return batchWithoutIds(handle, rows);
        }
        return rowByRow(mapping, sql, handle, rows, sequence);
    }

    /** How many of {@code rows} the database is to give an id: none when the mapping's ids are not generated. */
    static <T> int withoutIds(EntityMapping<T, ?> mapping, List<T> rows) {
        int withoutId = 0;
        if (mapping.generatedId()) {
            for (T row : rows) {
                if (mapping.hasNoId(row)) {
                    withoutId++;
                }
            }
        }
        return withoutId;
    }

    /** Every row carries its id: one batched {@code insert}, whatever the dialect. */
    static <T> void batchWithIds(EntityMapping<T, ?> mapping, MappingSql sql, Handle handle, List<T> rows)
            throws SQLException {
        inBatches(handle.prepare(sql.insert()), rows, (statement, row) -> {
            bindId(mapping, statement, row);
            mapping.bindColumns(statement, row, 2);
        });
    }

    private static <T, ID> void bindId(EntityMapping<T, ID> mapping, PreparedStatement statement, T row)
            throws SQLException {
        mapping.bindId(statement, 1, mapping.id(row));
    }

    /** Binds each row and runs the statement in batches of {@value #BATCH_SIZE}. */
    private static <T> void inBatches(PreparedStatement statement, List<T> rows, RowBinder<T> binder) throws SQLException {
        int pending = 0;
        for (T row : rows) {
            binder.bind(statement, row);
            statement.addBatch();
            if (++pending == BATCH_SIZE) {
                statement.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            statement.executeBatch();
        }
    }

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /**
     * The driver returns no keys after {@code executeBatch}, and RETURNING cannot be batched. But
     * we hold the writer lock inside one transaction, so no one else inserts meanwhile, and SQLite
     * gives a table without AUTOINCREMENT the rowid {@code max(rowid) + 1} for each new row. So
     * the batch's ids are {@code before + 1 .. before + n} exactly when the last rowid is
     * {@code before + n} and is also the new maximum: then the n rows took n ids above
     * {@code before} and no other row (a trigger's, say) took one. When that check fails (a
     * trigger inserting into the same table, AUTOINCREMENT after deletions, rowids at their
     * maximum), the batch is undone to the savepoint and redone row by row with RETURNING.
     */
    private List<T> batchWithoutIds(Handle handle, List<T> rows) throws SQLException {
        handle.execute(SAVEPOINT);
        long before = handle.queryLong(maxIdSql);
        inBatches(handle.prepare(sql.insertWithoutId()), rows,
                (statement, row) -> mapping.bindColumns(statement, row, 1));
        long last = handle.queryLong(LAST_ROWID);
        long after = handle.queryLong(maxIdSql);
        if (last - rows.size() != before || after != last) {
            handle.execute(ROLLBACK_TO);
            handle.execute(RELEASE);
            return rowByRow(mapping, sql, handle, rows, sequence);
        }
        handle.execute(RELEASE);
        List<T> inserted = new ArrayList<>(rows.size());
        long id = before;
        for (T row : rows) {
            inserted.add(mapping.withGeneratedId(row, ++id));
        }
        return inserted;
    }

    /**
     * Rows with and without ids mixed: one statement each, {@code insertReturningId} for a row
     * without one, whatever the dialect. The id generator is moved past the explicit ids written
     * so far before each generated one and at the end, so that a row without an id never takes
     * (or collides with) an id given earlier in the same list, and gets the id SQLite would give.
     */
    static <T> List<T> rowByRow(EntityMapping<T, ?> mapping, MappingSql sql, Handle handle, List<T> rows,
                                IdSequence sequence) throws SQLException {
        List<T> inserted = new ArrayList<>(rows.size());
        boolean explicitIdsPassed = true;
        for (T row : rows) {
            if (mapping.hasNoId(row)) {
                if (!explicitIdsPassed) {
                    sequence.passExplicitIds(handle);
                    explicitIdsPassed = true;
                }
                PreparedStatement statement = handle.prepare(sql.insertReturningId());
                mapping.bindColumns(statement, row, 1);
                try (ResultSet key = statement.executeQuery()) {
                    key.next();
                    inserted.add(mapping.withGeneratedId(row, key.getLong(1)));
                }
            } else {
                PreparedStatement statement = handle.prepare(sql.insert());
                bindId(mapping, statement, row);
                mapping.bindColumns(statement, row, 2);
                statement.executeUpdate();
                inserted.add(row);
                explicitIdsPassed = false;
            }
        }
        if (!explicitIdsPassed) {
            sequence.passExplicitIds(handle);
        }
        return inserted;
    }
}

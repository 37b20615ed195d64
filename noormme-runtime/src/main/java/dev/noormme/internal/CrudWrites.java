package dev.noormme.internal;

import java.util.Objects;

/**
 * The tables each {@code CrudRepository} write of one entity changes: its table, plus the tables
 * that foreign-key actions ({@code ON DELETE CASCADE}, ...) and triggers reach, as the processor
 * saw them with {@code EXPLAIN}. A committed write evicts the cached reads of these tables.
 *
 * <pre>{@code
 * CrudWrites.of("artists").deleteById("albums", "artists")
 * }</pre>
 *
 * <p>Immutable; each setter returns a copy.
 */
public final class CrudWrites {

    private final String[] insert;
    private final String[] save;
    private final String[] update;
    private final String[] deleteById;

    private CrudWrites(String[] insert, String[] save, String[] update, String[] deleteById) {
        this.insert = insert;
        this.save = save;
        this.update = update;
        this.deleteById = deleteById;
    }

    /** Every write changes {@code table} alone. */
    public static CrudWrites of(String table) {
        String[] only = {Objects.requireNonNull(table, "table")};
        return new CrudWrites(only, only, only, only);
    }

    /** {@code insert} and {@code insertAll} change {@code tables}. */
    public CrudWrites insert(String... tables) {
        return new CrudWrites(tables.clone(), save, update, deleteById);
    }

    /** {@code save} (an upsert) changes {@code tables}. */
    public CrudWrites save(String... tables) {
        return new CrudWrites(insert, tables.clone(), update, deleteById);
    }

    /** {@code update} changes {@code tables}. */
    public CrudWrites update(String... tables) {
        return new CrudWrites(insert, save, tables.clone(), deleteById);
    }

    /** {@code deleteById} changes {@code tables}. */
    public CrudWrites deleteById(String... tables) {
        return new CrudWrites(insert, save, update, tables.clone());
    }

    String[] insertTables() {
        return insert;
    }

    String[] saveTables() {
        return save;
    }

    String[] updateTables() {
        return update;
    }

    String[] deleteByIdTables() {
        return deleteById;
    }
}

package dev.noormme.cache.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The generation of one table: bumped after every committed write to it, so a cached result
 * stamped with an older sum of its tables' generations is known to be stale without any lock.
 * Thread-safe.
 */
final class TableSlot {

    private static final VarHandle GENERATION;

    static {
        try {
            GENERATION = MethodHandles.lookup().findVarHandle(TableSlot.class, "generation", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String table;
    @SuppressWarnings("unused") // read and written through GENERATION and the volatile read below
    private volatile long generation;

    TableSlot(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }

    long generation() {
        return generation;
    }

    /** A committed write changed the table: every result read before now is stale. */
    void bump() {
        GENERATION.getAndAdd(this, 1L);
    }

    @Override
    public String toString() {
        return table + "@" + generation;
    }
}

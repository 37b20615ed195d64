package dev.noormme.processor.verifier;

import java.util.List;
import java.util.SortedSet;

/** What SQLite said about one statement. */
public sealed interface Verification {

    /**
     * SQLite prepared the statement.
     *
     * @param columns the result column names (aliases where given), in order; empty for a write
     * @param parameters how many parameters the statement has
     * @param reads tables it opens for reading
     * @param writes tables it opens for writing; not empty means the statement writes
     */
    record Prepared(List<String> columns, int parameters, SortedSet<String> reads, SortedSet<String> writes)
            implements Verification {
        public Prepared {
            columns = List.copyOf(columns);
        }

        /**
         * True when the statement changes a table (INSERT, UPDATE, DELETE, DDL), or returns no
         * columns at all, so its only result is the number of rows it changed.
         */
        public boolean isWrite() {
            return !writes.isEmpty() || columns.isEmpty();
        }
    }

    /**
     * SQLite refused the statement.
     *
     * @param message SQLite's own message, such as {@code no such column: emial}
     * @param suggestion " Did you mean 'email'?" when a table or column name is close; else empty
     */
    record Refused(String message, String suggestion) implements Verification {
    }

    /**
     * SQLite cannot run in this compiler: nothing is checked.
     *
     * @param reason why the native library did not load
     * @param first true the first time, so the caller warns once per compilation
     */
    record Unavailable(String reason, boolean first) implements Verification {
    }
}

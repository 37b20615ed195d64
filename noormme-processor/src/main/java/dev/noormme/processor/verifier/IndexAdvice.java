package dev.noormme.processor.verifier;

import java.util.List;

/**
 * An index SQLite would use to stop reading a table in full for one statement, found by trying
 * candidate indexes in the verifier's database.
 *
 * @param table the table the statement scans
 * @param scan the plan's line for that scan, as SQLite wrote it ({@code SCAN invoices}, or
 *     {@code SCAN i} under an alias)
 * @param columns the columns of the smallest such index, in index order
 */
public record IndexAdvice(String table, String scan, List<String> columns) {
    public IndexAdvice {
        columns = List.copyOf(columns);
    }
}

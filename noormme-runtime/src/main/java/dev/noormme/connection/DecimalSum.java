package dev.noormme.connection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The aggregate {@code decimal_sum(x)}: the exact sum of decimal text, as plain text, for
 * {@code @Query} totals over {@code BigDecimal} columns ({@code SUM} adds doubles: 15 to 17
 * significant digits). It has the name and meaning of the function of SQLite's own decimal
 * extension, so the sqlite3 shell computes the same totals from the same file. NULLs are
 * skipped; with no value the result is NULL; text that is not a number is an error naming it.
 *
 * <p>The result is text without a collation: compare or order it with {@code COLLATE DECIMAL}
 * ({@code ORDER BY total COLLATE DECIMAL DESC}). SQLite gives each group its own copy.
 */
public final class DecimalSum extends Function.Aggregate {

    /** The function's name, as SQL calls it. */
    public static final String NAME = "decimal_sum";

    /** SQLite's type code of NULL ({@code SQLITE_NULL}). */
    private static final int NULL = 5;

    private BigDecimal sum;

    private DecimalSum() {
    }

    /** Registers {@code decimal_sum} on {@code connection}; SQLite functions belong to one connection. */
    public static void register(Connection connection) throws SQLException {
        Function.create(connection, NAME, new DecimalSum(), 1, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xStep() throws SQLException {
        if (value_type(0) == NULL) {
            return;
        }
        String text = value_text(0);
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            error("decimal_sum: '" + text + "' is not a decimal number");
            return;
        }
        sum = sum == null ? value : sum.add(value);
    }

    @Override
    protected void xFinal() throws SQLException {
        if (sum == null) {
            result();
        } else {
            result(sum.toPlainString());
        }
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        DecimalSum copy = (DecimalSum) super.clone();
        copy.sum = null;
        return copy;
    }
}

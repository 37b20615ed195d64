package dev.noormme.connection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Collation;

/**
 * The {@code DECIMAL} collation that {@code BigDecimal} columns are declared with
 * ({@code amount TEXT COLLATE DECIMAL}): text holding decimal numbers compares as the numbers
 * do, so {@code <}, {@code BETWEEN}, {@code ORDER BY}, {@code MIN}/{@code MAX}, {@code IN}, unique
 * constraints and indexes on such a column agree with {@link BigDecimal#compareTo}. It has the
 * name and the meaning of the collation of SQLite's own decimal extension, so a sqlite3 shell
 * that has that extension compares the same file the same way.
 *
 * <p>The order is total, as an index needs: numbers first, in numeric order ({@code 1.0} equals
 * {@code 1.00}, as {@code compareTo} says), then any text that is not a number, in binary order.
 * Plain forms ({@code -12.50}) are compared digit by digit without allocating; other numeric
 * forms ({@code 1E+3}, written by other programs) are parsed. Stateless and thread-safe.
 */
public final class DecimalCollation extends Collation {

    /** The collation's name, as column declarations use it. */
    public static final String NAME = "DECIMAL";

    private static final DecimalCollation INSTANCE = new DecimalCollation();

    private DecimalCollation() {
    }

    /** Registers the collation on {@code connection}; SQLite collations belong to one connection. */
    public static void register(Connection connection) throws SQLException {
        Collation.create(connection, NAME, INSTANCE);
    }

    @Override
    protected int xCompare(String left, String right) {
        return compare(left, right);
    }

    /** Negative, zero or positive as {@code left} sorts before, with or after {@code right}. */
    public static int compare(String left, String right) {
        boolean leftPlain = isPlain(left);
        boolean rightPlain = isPlain(right);
        if (leftPlain && rightPlain) {
            return comparePlain(left, right);
        }
        BigDecimal leftNumber = leftPlain ? null : parse(left);
        BigDecimal rightNumber = rightPlain ? null : parse(right);
        boolean leftNumeric = leftPlain || leftNumber != null;
        boolean rightNumeric = rightPlain || rightNumber != null;
        if (leftNumeric && rightNumeric) {
            return Integer.signum((leftPlain ? new BigDecimal(left) : leftNumber)
                    .compareTo(rightPlain ? new BigDecimal(right) : rightNumber));
        }
        if (leftNumeric != rightNumeric) {
            return leftNumeric ? -1 : 1;
        }
        return Integer.signum(left.compareTo(right));
    }

    /** {@code [+-]digits[.digits]}, with at least one digit before the point. */
    private static boolean isPlain(String text) {
        int start = text.isEmpty() || (text.charAt(0) != '-' && text.charAt(0) != '+') ? 0 : 1;
        int point = -1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0 && i > start) {
                point = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.length() > start && point != text.length() - 1;
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int comparePlain(String left, String right) {
        int leftSign = sign(left);
        int rightSign = sign(right);
        if (leftSign != rightSign) {
            return Integer.compare(leftSign, rightSign);
        }
        return leftSign * compareMagnitude(left, right);
    }

    /** -1, 0 or 1; "-0.00" is zero. */
    private static int sign(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= '1' && c <= '9') {
                return plain.charAt(0) == '-' ? -1 : 1;
            }
        }
        return 0;
    }

    private static int compareMagnitude(String left, String right) {
        int leftStart = firstSignificant(left);
        int rightStart = firstSignificant(right);
        int leftPoint = point(left);
        int rightPoint = point(right);
        int leftIntegerDigits = leftPoint - leftStart;
        int rightIntegerDigits = rightPoint - rightStart;
        if (leftIntegerDigits != rightIntegerDigits) {
            return Integer.compare(leftIntegerDigits, rightIntegerDigits);
        }
        for (int i = 0; i < leftIntegerDigits; i++) {
            int order = Character.compare(left.charAt(leftStart + i), right.charAt(rightStart + i));
            if (order != 0) {
                return order;
            }
        }
        int fractionDigits = Math.max(left.length() - leftPoint, right.length() - rightPoint) - 1;
        for (int i = 1; i <= fractionDigits; i++) {
            int order = Character.compare(fractionDigit(left, leftPoint + i), fractionDigit(right, rightPoint + i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** The index after the sign and leading zeros of the integer part. */
    private static int firstSignificant(String plain) {
        int i = plain.charAt(0) == '-' || plain.charAt(0) == '+' ? 1 : 0;
        while (i < plain.length() && plain.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    /** The index of the decimal point, or the length when there is none. */
    private static int point(String plain) {
        int point = plain.indexOf('.');
        return point < 0 ? plain.length() : point;
    }

    private static char fractionDigit(String plain, int index) {
        return index < plain.length() ? plain.charAt(index) : '0';
    }
}

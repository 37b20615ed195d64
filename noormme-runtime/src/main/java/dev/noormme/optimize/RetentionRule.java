package dev.noormme.optimize;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How long the rows of one table are kept, as the generated {@code ServiceFactory} hands it to
 * {@code Database.open} (from each entity's {@code @RetentionPeriod}); code that opens a
 * {@code Database} itself builds these by hand:
 * {@code new RetentionRule("audit_events", "created_at", TimeStorage.INSTANT, Duration.ofDays(90))}.
 * {@link Optimizer#cleanup()} deletes the rows whose column is older than the period. Immutable.
 *
 * @param table the table
 * @param column the column holding each row's time; rows where it is NULL are kept
 * @param storage how that column stores its time
 * @param period how long a row is kept, positive
 */
public record RetentionRule(String table, String column, TimeStorage storage, Duration period) {

    private static final Pattern NAME = Pattern.compile("[^`\\u0000]+");

    /** How a time column stores its value, which decides how the cutoff is written. */
    public enum TimeStorage {
        /** {@code Instant}: UTC text, compared in UTC. */
        INSTANT,
        /** {@code LocalDateTime}: ISO text, compared in the JVM's default time zone. */
        LOCAL_DATE_TIME,
        /** {@code LocalDate}: ISO text; a row is kept until the whole day is past the period. */
        LOCAL_DATE,
        /** {@code long}: milliseconds since 1970-01-01T00:00Z. */
        EPOCH_MILLIS
    }

    /** @throws IllegalArgumentException when a name is empty or holds a backquote, or the period is not positive */
    public RetentionRule {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(period, "period");
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("A retention rule names a table and a column without backquotes, was "
                    + table + "." + column);
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("The retention period of " + table + "." + column
                    + " must be positive, was " + period);
        }
    }
}

package dev.noormme.processor.model;

import java.time.temporal.ChronoUnit;

/**
 * An entity's {@code @RetentionPeriod}, checked against its columns: rows whose {@code column} is
 * older than {@code amount} {@code unit}s may be deleted.
 *
 * @param table the entity's table
 * @param column the column holding each row's time (a column name, even where a property was named)
 * @param storage how that column stores its time
 * @param amount how many units, more than 0
 * @param unit MILLIS, SECONDS, MINUTES, HOURS or DAYS
 * @param text the period as written, for Javadoc and messages
 */
public record RetentionModel(String table, String column, TimeStorage storage, long amount, ChronoUnit unit,
        String text) {

    /** How a time column stores its value; the runtime compares in the same form. */
    public enum TimeStorage {
        INSTANT, LOCAL_DATE_TIME, LOCAL_DATE, EPOCH_MILLIS;

        /** The storage of a column of that kind, or null when it holds no time. */
        public static TimeStorage of(BindingKind kind) {
            return switch (kind) {
                case INSTANT -> INSTANT;
                case LOCAL_DATE_TIME -> LOCAL_DATE_TIME;
                case LOCAL_DATE -> LOCAL_DATE;
                case LONG, LONG_PRIMITIVE -> EPOCH_MILLIS;
                default -> null;
            };
        }
    }
}

package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps an entity's rows for a period only: {@code database.optimizer().cleanup()} (and every
 * scheduled optimizer run) deletes the rows whose {@link #column()} is older than
 * {@link #value()}, in short batches that never hold the writer for long.
 *
 * <pre>{@code
 * @Table("audit_events")
 * @RetentionPeriod(value = "90d", column = "created_at")
 * @Index(columns = "created_at")   // lets each batch find its rows without a scan
 * public record AuditEvent(@Id Long id, String action, Instant createdAt) {}
 * }</pre>
 *
 * <p>The column holds a time: {@code Instant} (compared in UTC), {@code LocalDateTime} or
 * {@code LocalDate} (compared in the JVM's default time zone, as an application that writes
 * {@code LocalDateTime.now()} means them), or {@code long}/{@code Long} holding milliseconds since
 * 1970-01-01T00:00Z ({@code System.currentTimeMillis()}, {@code Instant.toEpochMilli()}). A row
 * whose column is NULL is never deleted. Checked at compile time: an unknown column, a column of
 * another type, or a period that is not a positive duration is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RetentionPeriod {
    /**
     * How long a row is kept: {@code <n>ms}, {@code <n>s}, {@code <n>m}, {@code <n>h} or
     * {@code <n>d} with n &gt; 0, e.g. {@code "90d"}.
     */
    String value();

    /** The column (or the Java property) holding each row's time, e.g. {@code "created_at"}. */
    String column();
}

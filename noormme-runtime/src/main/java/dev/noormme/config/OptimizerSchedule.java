package dev.noormme.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When the optimizer runs by itself: never ({@code off}), every day at a local time
 * ({@code daily} is {@code daily at 03:00}), or at a fixed interval ({@code every 6h}). Between
 * runs of a schedule that is not off, the optimizer also checks its thresholds (see
 * {@link DatabaseConfig#optimizerCheckInterval()}). Immutable; {@link #toString()} gives the text
 * {@link #parse} reads.
 */
public final class OptimizerSchedule {

    /** The accepted forms, for messages. */
    public static final String FORMS = "off, daily, daily at HH:MM (24-hour, local time) or every <n>ms|s|m|h|d"
            + " (e.g. every 6h)";

    private static final OptimizerSchedule OFF = new OptimizerSchedule(null, null);
    private static final LocalTime DEFAULT_TIME = LocalTime.of(3, 0);

    private final LocalTime dailyAt;
    private final Duration interval;

    private OptimizerSchedule(LocalTime dailyAt, Duration interval) {
        this.dailyAt = dailyAt;
        this.interval = interval;
    }

    /** No scheduled runs and no threshold checks: the optimizer runs only when called. */
    public static OptimizerSchedule off() {
        return OFF;
    }

    /** Every day at {@code time} in the JVM's default time zone. */
    public static OptimizerSchedule dailyAt(LocalTime time) {
        return new OptimizerSchedule(Objects.requireNonNull(time, "time").withSecond(0).withNano(0), null);
    }

    /** Every {@code interval}, from one minute to 30 days, the first run one interval after the open. */
    public static OptimizerSchedule every(Duration interval) {
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(Duration.ofMinutes(1)) < 0 || interval.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("an optimizer interval is between 1 minute and 30 days, was " + interval);
        }
        return new OptimizerSchedule(null, interval);
    }

    /**
     * Reads {@code off}, {@code daily}, {@code daily at 03:30} or {@code every 12h} (any case).
     *
     * @throws IllegalArgumentException listing the accepted forms when {@code text} is none of them
     */
    public static OptimizerSchedule parse(String text) {
        Objects.requireNonNull(text, "text");
        String form = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            if (form.equals("off")) {
                return off();
            }
            if (form.equals("daily")) {
                return dailyAt(DEFAULT_TIME);
            }
            if (form.startsWith("daily at ")) {
                return dailyAt(LocalTime.parse(form.substring("daily at ".length())));
            }
            if (form.startsWith("every ")) {
                return every(Durations.parse(form.substring("every ".length())));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an optimizer schedule: write " + FORMS, e);
        }
        throw new IllegalArgumentException("'" + text + "' is not an optimizer schedule: write " + FORMS);
    }

    /** True when the optimizer never runs by itself. */
    public boolean isOff() {
        return dailyAt == null && interval == null;
    }

    /** The local time of a daily schedule. */
    public Optional<LocalTime> dailyAt() {
        return Optional.ofNullable(dailyAt);
    }

    /** The interval of an {@code every} schedule. */
    public Optional<Duration> interval() {
        return Optional.ofNullable(interval);
    }

    /**
     * The first run strictly after {@code after}: the next {@link #dailyAt()} in {@code zone}, or
     * {@code after} plus the interval; empty when off.
     */
    public Optional<ZonedDateTime> nextRun(ZonedDateTime after, ZoneId zone) {
        if (interval != null) {
            return Optional.of(after.plus(interval));
        }
        if (dailyAt == null) {
            return Optional.empty();
        }
        ZonedDateTime local = after.withZoneSameInstant(zone);
        ZonedDateTime today = local.with(dailyAt);
        return Optional.of(today.isAfter(local) ? today : local.plusDays(1).with(dailyAt));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptimizerSchedule that && Objects.equals(dailyAt, that.dailyAt)
                && Objects.equals(interval, that.interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dailyAt, interval);
    }

    /** The form {@link #parse} reads: {@code off}, {@code daily at 03:00} or {@code every 6h}. */
    @Override
    public String toString() {
        if (dailyAt != null) {
            return "daily at " + dailyAt;
        }
        if (interval == null) {
            return "off";
        }
        long millis = interval.toMillis();
        if (millis % 86_400_000 == 0) {
            return "every " + millis / 86_400_000 + "d";
        }
        if (millis % 3_600_000 == 0) {
            return "every " + millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return "every " + millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? "every " + millis / 1000 + "s" : "every " + millis + "ms";
    }
}

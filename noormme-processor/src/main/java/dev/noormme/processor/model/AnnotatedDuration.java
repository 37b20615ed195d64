package dev.noormme.processor.model;

import java.time.temporal.ChronoUnit;

/**
 * A duration written in an annotation ({@code @Cached(ttl = "5m")},
 * {@code @SlowQueryThreshold("50ms")}), parsed once at compile time: {@code "5m"} is amount 5 of
 * {@link ChronoUnit#MINUTES}.
 *
 * @param amount how many units, more than 0
 * @param unit MILLIS, SECONDS, MINUTES, HOURS or DAYS
 * @param text the text as written, for Javadoc
 */
public record AnnotatedDuration(long amount, ChronoUnit unit, String text) {
}

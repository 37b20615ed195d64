package dev.noormme.processor.model;

import java.time.temporal.ChronoUnit;

/**
 * The {@code ttl} of a {@code @Cached} method, parsed once at compile time: {@code "5m"} is
 * amount 5 of {@link ChronoUnit#MINUTES}.
 *
 * @param amount how many units, more than 0
 * @param unit MILLIS, SECONDS, MINUTES, HOURS or DAYS
 * @param text the text as written, for Javadoc
 */
public record CacheTtl(long amount, ChronoUnit unit, String text) {
}

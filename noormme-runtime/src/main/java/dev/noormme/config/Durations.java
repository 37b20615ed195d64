package dev.noormme.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses NOORMME's duration text, {@code <n>ms|s|m|h|d} (SPEC section 5). Stateless. */
final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** The duration as NOORMME writes it: the largest unit that divides it ({@code 90s}, {@code 2m}, {@code 250ms}). */
    static String format(Duration duration) {
        if (duration.toNanos() % 1_000_000 != 0) {
            return duration.toString(); // finer than NOORMME's units
        }
        long millis = duration.toMillis();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (millis != 0 && millis % sizes[i] == 0) {
                return millis / sizes[i] + units[i];
            }
        }
        return millis + "ms";
    }

    /** The duration written as {@code 250ms}, {@code 5s}, {@code 2m}, {@code 1h} or {@code 7d}. */
    static Duration parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a duration: write <n>ms, <n>s, <n>m, <n>h or <n>d, e.g. 5s");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}

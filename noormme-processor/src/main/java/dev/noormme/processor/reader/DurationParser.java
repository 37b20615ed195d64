package dev.noormme.processor.reader;

import dev.noormme.processor.model.AnnotatedDuration;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations annotations are written with, {@code <n>ms|s|m|h|d}, for every annotation
 * that takes one, so each accepts and refuses the same texts.
 */
final class DurationParser {

    private static final Pattern DURATION = Pattern.compile("(-?)(\\d+)(ms|s|m|h|d)");
    private static final long MAX_DAYS = 365L * 1000;

    /** Why a text is not a usable duration; each annotation words the message around it. */
    enum Problem {
        NOT_A_DURATION,
        NEGATIVE,
        ZERO,
        TOO_LONG
    }

    /**
     * A parsed text: exactly one of {@code duration} and {@code problem} is set.
     *
     * @param duration the duration, when usable
     * @param problem why not, otherwise
     */
    record Result(AnnotatedDuration duration, Problem problem) {
    }

    private DurationParser() {
    }

    static Result parse(String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return new Result(null, Problem.NOT_A_DURATION);
        }
        if (!matcher.group(1).isEmpty()) {
            return new Result(null, Problem.NEGATIVE);
        }
        ChronoUnit unit = switch (matcher.group(3)) {
            case "ms" -> ChronoUnit.MILLIS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            case "h" -> ChronoUnit.HOURS;
            default -> ChronoUnit.DAYS;
        };
        String digits = matcher.group(2);
        long amount = digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (amount == 0) {
            return new Result(null, Problem.ZERO);
        }
        if (longerThanMax(unit, amount)) {
            return new Result(null, Problem.TOO_LONG);
        }
        return new Result(new AnnotatedDuration(amount, unit, text), null);
    }

    private static boolean longerThanMax(ChronoUnit unit, long amount) {
        try {
            return unit.getDuration().multipliedBy(amount).compareTo(Duration.ofDays(MAX_DAYS)) > 0;
        } catch (ArithmeticException overflow) {
            return true;
        }
    }
}

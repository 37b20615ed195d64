package dev.noormme.processor.reader;

import dev.noormme.processor.model.AnnotatedDuration;
import dev.noormme.processor.diagnostics.Diagnostics;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

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

    /**
     * The duration in the {@code attribute} of {@code annotation} on {@code element}; empty when
     * it is absent (javac reports a missing required member itself) or refused. A refused text is
     * reported on the value with {@code error}, whose arguments are the text, {@code where} and
     * why: {@code zeroProblem} says what 0 would mean for this annotation.
     */
    static Optional<AnnotatedDuration> read(Diagnostics diagnostics, Element element, AnnotationMirror annotation,
            String attribute, ProcessorErrors error, Object where, String zeroProblem) {
        Optional<AnnotationValue> value = Annotations.explicitValue(annotation, attribute);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = String.valueOf(value.get().getValue());
        Result parsed = parse(text);
        if (parsed.problem() == null) {
            return Optional.of(parsed.duration());
        }
        String problem = switch (parsed.problem()) {
            case NOT_A_DURATION -> "it is not <number><unit>";
            case NEGATIVE -> "it is negative";
            case ZERO -> zeroProblem;
            case TOO_LONG -> "it is longer than 1000 years";
        };
        diagnostics.error(element, annotation, value.get(), error, text, where, problem);
        return Optional.empty();
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

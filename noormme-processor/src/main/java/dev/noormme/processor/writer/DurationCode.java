package dev.noormme.processor.writer;

import com.squareup.javapoet.CodeBlock;
import dev.noormme.processor.model.AnnotatedDuration;
import java.time.Duration;

/** A duration parsed at compile time, written as the {@code Duration} factory call a person would write. */
final class DurationCode {

    private DurationCode() {
    }

    /** {@code Duration.ofMinutes(5)} for {@code "5m"}. */
    static CodeBlock of(AnnotatedDuration duration) {
        String factory = switch (duration.unit()) {
            case MILLIS -> "ofMillis";
            case SECONDS -> "ofSeconds";
            case MINUTES -> "ofMinutes";
            case HOURS -> "ofHours";
            default -> "ofDays";
        };
        return CodeBlock.of("$T.$N($L)", Duration.class, factory,
                duration.amount() + (duration.amount() > Integer.MAX_VALUE ? "L" : ""));
    }
}

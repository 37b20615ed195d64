package dev.noormme.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The {@code <db>} argument and {@code --busy-timeout}, shared by every command (a picocli mixin). */
final class DatabaseOption {

    @Parameters(index = "0", paramLabel = "<db>",
            description = "A SQLite file, or a jdbc:sqlite: or jdbc:postgresql: url (with ?user=..&password=..).")
    String database;

    @Option(names = "--busy-timeout", paramLabel = "<duration>", defaultValue = "5s",
            converter = DurationConverter.class,
            description = "How long to wait for another process's lock, as <n>ms|s|m (default: ${DEFAULT-VALUE}).")
    Duration busyTimeout;

    Target target() {
        return Target.of(database);
    }

    /** Reads {@code 250ms}, {@code 5s}, {@code 2m}. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m)");

        @Override
        public Duration convert(String value) {
            Matcher matcher = FORM.matcher(value.trim());
            if (!matcher.matches()) {
                throw new TypeConversionException("'" + value + "' is not a duration: write <n>ms, <n>s or <n>m");
            }
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
    }
}

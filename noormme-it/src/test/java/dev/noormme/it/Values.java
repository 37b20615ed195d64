package dev.noormme.it;

import dev.noormme.config.Dialect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.UUID;

/**
 * The README's storage rules per type, and random values for each that reach the extremes: the
 * smallest and largest values, zero, many decimal places, characters outside the BMP.
 */
final class Values {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years NOORMME stores. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    private static final long LAST_SECOND = 253_402_300_799L;

    private Values() {
    }

    /**
     * Strings compare by code point (SQLite compares UTF-8 bytes, PostgreSQL's "C" collation
     * too), not by UTF-16 unit as String.compareTo. U+0000 only where the dialect stores it:
     * PostgreSQL refuses it in text.
     */
    static ValueType<String> text(Dialect dialect) {
        int firstAscii = dialect == Dialect.SQLITE ? 0 : 1;
        return ValueType.<String>exact(Values::compareCodePoints, random -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(switch (random.nextInt(6)) {
                    case 0 -> 'a' + random.nextInt(3);
                    case 1 -> 'A' + random.nextInt(3);
                    case 2 -> 0xE000 + random.nextInt(0x2000);
                    case 3 -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
                    case 4 -> firstAscii + random.nextInt(0x80 - firstAscii);
                    default -> 0xA0 + random.nextInt(0xD7FF - 0xA0);
                });
            }
            return text.toString();
        });
    }

    static int compareCodePoints(String left, String right) {
        return Arrays.compare(left.codePoints().toArray(), right.codePoints().toArray());
    }

    static ValueType<Long> longValue() {
        return ValueType.<Long>exact(Comparator.naturalOrder(), random -> switch (random.nextInt(5)) {
            case 0 -> Long.MIN_VALUE + random.nextInt(2);
            case 1 -> Long.MAX_VALUE - random.nextInt(2);
            case 2 -> (long) random.nextInt(7) - 3;
            default -> random.nextLong();
        });
    }

    static ValueType<Integer> intValue() {
        return ValueType.<Integer>exact(Comparator.naturalOrder(), random -> switch (random.nextInt(5)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> Integer.MAX_VALUE;
            case 2 -> random.nextInt(7) - 3;
            default -> random.nextInt();
        });
    }

    static ValueType<Short> shortValue() {
        return ValueType.<Short>exact(Comparator.naturalOrder(), random -> switch (random.nextInt(4)) {
            case 0 -> Short.MIN_VALUE;
            case 1 -> Short.MAX_VALUE;
            default -> (short) random.nextInt();
        });
    }

    /** Doubles compare as numbers; NaN and -0.0, which SQLite would alter, are refused at write. */
    static ValueType<Double> doubleValue() {
        return ValueType.<Double>exact(Comparator.naturalOrder(), random -> switch (random.nextInt(8)) {
            case 0 -> Double.POSITIVE_INFINITY;
            case 1 -> Double.NEGATIVE_INFINITY;
            case 2 -> random.nextBoolean() ? Double.MAX_VALUE : -Double.MAX_VALUE;
            case 3 -> random.nextBoolean() ? Double.MIN_VALUE : -Double.MIN_VALUE;
            case 4 -> 0.0;
            case 5 -> (random.nextInt(2001) - 1000) / 8.0;
            default -> finite(Double.longBitsToDouble(random.nextLong()), random);
        });
    }

    private static double finite(double value, Random random) {
        return Double.isNaN(value) || Double.isInfinite(value) || value == 0.0 ? random.nextGaussian() : value;
    }

    static ValueType<Float> floatValue() {
        return ValueType.<Float>exact(Comparator.naturalOrder(), random -> switch (random.nextInt(7)) {
            case 0 -> Float.POSITIVE_INFINITY;
            case 1 -> Float.NEGATIVE_INFINITY;
            case 2 -> random.nextBoolean() ? Float.MAX_VALUE : -Float.MAX_VALUE;
            case 3 -> random.nextBoolean() ? Float.MIN_VALUE : -Float.MIN_VALUE;
            case 4 -> 0.0f;
            default -> (float) finite(Float.intBitsToFloat(random.nextInt()), random);
        });
    }

    static ValueType<Boolean> flag() {
        return ValueType.<Boolean>exact(Comparator.naturalOrder(), Random::nextBoolean);
    }

    /**
     * Decimals compare as numbers (1.0 equals 1.00, as compareTo says) and read back with their
     * scale; a negative scale reads back as scale 0 (1E+3 as 1000).
     */
    static ValueType<BigDecimal> decimal() {
        return new ValueType<>(Comparator.naturalOrder(),
                value -> value.scale() < 0 ? value.setScale(0) : value, BigDecimal::equals, random -> {
                    BigInteger unscaled = switch (random.nextInt(4)) {
                        case 0 -> BigInteger.valueOf(random.nextInt(21) - 10);
                        case 1 -> BigInteger.valueOf(random.nextLong());
                        case 2 -> new BigInteger(1 + random.nextInt(120), random)
                                .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
                        default -> BigInteger.valueOf(random.nextInt(100_000) - 50_000);
                    };
                    return new BigDecimal(unscaled, random.nextInt(40) - 8);
                });
    }

    /** Byte arrays compare as unsigned bytes, shorter first on a common prefix (SQLite's memcmp). */
    static ValueType<byte[]> bytes() {
        return new ValueType<>(Arrays::compareUnsigned, value -> value, Arrays::equals, random -> {
            byte[] bytes = new byte[random.nextInt(5)];
            random.nextBytes(bytes);
            return bytes;
        });
    }

    /** UUIDs compare by their text, not as UUID.compareTo's signed halves. */
    static ValueType<UUID> uuid() {
        return ValueType.<UUID>exact(Comparator.comparing(UUID::toString),
                random -> new UUID(random.nextLong(), random.nextLong()));
    }

    /** Enums compare by name, not by ordinal. */
    static ValueType<Shade> shade() {
        return ValueType.<Shade>exact(Comparator.comparing(Shade::name),
                random -> Shade.values()[random.nextInt(Shade.values().length)]);
    }

    /** Instants keep microseconds; finer digits are dropped on every path. */
    static ValueType<Instant> instant() {
        return new ValueType<>(Comparator.naturalOrder(), value -> value.truncatedTo(ChronoUnit.MICROS),
                Instant::equals, random -> Instant.ofEpochSecond(second(random), random.nextInt(1_000_000_000)));
    }

    static ValueType<LocalDate> date() {
        return ValueType.<LocalDate>exact(Comparator.naturalOrder(),
                random -> LocalDateTime.ofEpochSecond(second(random), 0, ZoneOffset.UTC).toLocalDate());
    }

    /** Date-times keep microseconds, like instants. */
    static ValueType<LocalDateTime> dateTime() {
        return new ValueType<>(Comparator.naturalOrder(), value -> value.truncatedTo(ChronoUnit.MICROS),
                LocalDateTime::equals, random -> LocalDateTime.ofEpochSecond(second(random),
                        random.nextBoolean() ? 0 : random.nextInt(1_000_000_000), ZoneOffset.UTC));
    }

    private static long second(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> FIRST_SECOND;
            case 1 -> LAST_SECOND;
            default -> FIRST_SECOND + (long) (random.nextDouble() * (LAST_SECOND - FIRST_SECOND));
        };
    }
}

package dev.noormme.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The collation against {@link BigDecimal#compareTo}, on random values in every textual form. */
class DecimalCollationTest {

    private static final long SEED = Long.getLong("noormme.property.seed", 20261130L);
    private static final int PAIRS = Integer.getInteger("noormme.property.runs", 20_000);

    @Test
    void ordersPlainAndScientificTextAsTheNumbers() {
        Random random = new Random(SEED);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            values.add(randomDecimal(random));
        }
        for (int i = 0; i < PAIRS; i++) {
            BigDecimal left = values.get(random.nextInt(values.size()));
            BigDecimal right = random.nextInt(10) == 0 ? left.setScale(left.scale() + random.nextInt(3))
                    : values.get(random.nextInt(values.size()));
            String leftText = random.nextBoolean() ? left.toPlainString() : left.toString();
            String rightText = random.nextBoolean() ? right.toPlainString() : right.toString();
            assertEquals(Integer.signum(left.compareTo(right)), Integer.signum(DecimalCollation.compare(leftText, rightText)),
                    () -> leftText + " vs " + rightText + " (seed " + SEED + ")");
        }
    }

    @Test
    void signsLeadingZerosAndTrailingZerosCompareAsNumbers() {
        assertEquals(0, DecimalCollation.compare("-0.00", "0"));
        assertEquals(0, DecimalCollation.compare("+1.50", "001.5"));
        assertEquals(-1, DecimalCollation.compare("-5", "0.000001"));
        assertEquals(1, DecimalCollation.compare("100.00", "50"));
        assertEquals(-1, DecimalCollation.compare("9.99", "20.10"));
        assertEquals(0, DecimalCollation.compare("1E+3", "1000.0"));
        assertEquals(-1, DecimalCollation.compare("-10", "-9.5"));
    }

    @Test
    void textThatIsNotANumberSortsAfterEveryNumberInBinaryOrder() {
        assertEquals(-1, DecimalCollation.compare("1E+999", "abc"));
        assertEquals(1, DecimalCollation.compare("abc", "-1"));
        assertEquals(-1, DecimalCollation.compare("abc", "abd"));
        assertEquals(0, DecimalCollation.compare("", ""));
        assertEquals(-1, DecimalCollation.compare("7", ""));
        assertEquals(1, DecimalCollation.compare("1.", "0.5"), "a trailing point is still a number");
    }

    static BigDecimal randomDecimal(Random random) {
        BigInteger unscaled = switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(21) - 10);
            case 1 -> BigInteger.valueOf(random.nextLong());
            case 2 -> new BigInteger(1 + random.nextInt(200), random).multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            default -> BigInteger.valueOf(random.nextInt(100_000) - 50_000);
        };
        return new BigDecimal(unscaled, random.nextInt(40) - 10);
    }
}

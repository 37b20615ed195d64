package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Values the database would store as something else (or not at all) are refused before anything
 * is written, on both dialects alike; text with U+0000 only on PostgreSQL, which cannot hold it.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class UnstorableValuesTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    private static Sample with(UnaryOperator<Object[]> change) {
        Object[] v = {null, "t", 0, null, 0L, (short) 0, 0.0, null, 0f, false, null, null, null, null, null, null,
            null, null};
        change.apply(v);
        return new Sample((Long) v[0], (String) v[1], (int) v[2], (Integer) v[3], (long) v[4], (short) v[5],
                (double) v[6], (Double) v[7], (float) v[8], (boolean) v[9], (Boolean) v[10], (BigDecimal) v[11],
                (byte[]) v[12], (java.util.UUID) v[13], (dev.noormme.fixtures.Color) v[14], (Instant) v[15],
                (LocalDate) v[16], (LocalDateTime) v[17]);
    }

    private String refused(Sample sample) {
        try (Database database = TestDatabases.open(dialect, folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            NoormmeException error = assertThrows(NoormmeException.class, () -> samples.insert(sample));
            NoormmeException batch = assertThrows(NoormmeException.class,
                    () -> samples.insertAll(List.of(Sample.minimal("before"), sample, Sample.minimal("after"))));
            assertEquals(error.getMessage(), batch.getMessage());
            assertEquals(0, samples.count(), "nothing is written, not even the batch's valid rows");
            return error.getMessage();
        }
    }

    @Test
    void nanIsRefusedBecauseSqliteStoresItAsNull() {
        assertTrue(refused(with(v -> { v[6] = Double.NaN; return v; })).contains("double NaN cannot be stored"));
        assertTrue(refused(with(v -> { v[7] = Double.NaN; return v; })).contains("Store null"));
        assertTrue(refused(with(v -> { v[8] = Float.NaN; return v; })).contains("float NaN"));
    }

    @Test
    void negativeZeroIsRefusedBecauseSqliteStoresZero() {
        assertTrue(refused(with(v -> { v[6] = -0.0; return v; })).contains("-0.0 cannot be stored"));
        assertTrue(refused(with(v -> { v[8] = -0.0f; return v; })).contains("float -0.0"));
    }

    @Test
    void unpairedSurrogateIsRefusedBecauseUtf8CannotHoldIt() {
        String message = refused(with(v -> { v[1] = "ab\uD800c"; return v; }));
        assertTrue(message.contains("unpaired surrogate (\\ud800) at index 2"), message);
        assertTrue(refused(with(v -> { v[1] = "\uDC00"; return v; })).contains("at index 0"));
    }

    @Test
    void datesOutsideFourDigitYearsAreRefusedBecauseTheirTextWouldMisorder() {
        assertTrue(refused(with(v -> { v[15] = Instant.parse("+10000-01-01T00:00:00Z"); return v; }))
                .contains("outside the years 0000 to 9999"));
        assertTrue(refused(with(v -> { v[15] = Instant.parse("-0001-12-31T23:59:59Z"); return v; }))
                .contains("outside the years"));
        assertTrue(refused(with(v -> { v[16] = LocalDate.of(-1, 1, 1); return v; })).contains("outside the years"));
        assertTrue(refused(with(v -> { v[17] = LocalDateTime.of(10_000, 1, 1, 0, 0); return v; }))
                .contains("outside the years"));
    }

    @Test
    void decimalsBeyondPostgresNumericAreRefused() {
        assertTrue(refused(with(v -> { v[11] = new BigDecimal("1E+200000"); return v; }))
                .contains("200001 digits before the point"));
        assertTrue(refused(with(v -> { v[11] = new BigDecimal("1E-20000"); return v; })).contains("20000 after it"));
    }

    @Test
    void nulInTextIsKeptBySqliteAndRefusedByPostgresql() {
        Sample nul = with(v -> { v[1] = "nul\u0000inside"; return v; });
        switch (dialect) {
            case SQLITE -> {
                try (Database database = TestDatabases.open(dialect, folder)) {
                    RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
                    assertEquals(nul.text(), samples.findById(samples.insert(nul).id()).orElseThrow().text());
                }
            }
            case POSTGRESQL -> {
                String message = refused(nul);
                assertTrue(message.contains("U+0000 at index 3, which PostgreSQL cannot store in text"), message);
            }
        }
    }

    @Test
    void valuesSqliteKeepsAreNotRefused() {
        try (Database database = TestDatabases.open(dialect, folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            Sample edge = with(v -> {
                v[1] = "inside \uD83D\uDE00";
                v[6] = Double.POSITIVE_INFINITY;
                v[8] = Float.MIN_VALUE;
                v[11] = new BigDecimal("-0.000");
                v[15] = Instant.parse("0000-01-01T00:00:00Z");
                v[17] = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999);
                return v;
            });
            Sample read = samples.findById(samples.insert(edge).id()).orElseThrow();
            assertEquals(edge.text(), read.text());
            assertEquals(Double.POSITIVE_INFINITY, read.ratio());
            assertEquals(Float.MIN_VALUE, read.weight());
            assertEquals("0.000", read.price().toPlainString(), "BigDecimal has no negative zero");
            assertEquals(edge.createdAt(), read.createdAt());
            assertEquals(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), read.at(), "microseconds kept");
        }
    }
}

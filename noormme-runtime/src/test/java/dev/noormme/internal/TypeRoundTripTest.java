package dev.noormme.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.noormme.Database;
import dev.noormme.config.Dialect;
import dev.noormme.fixtures.Color;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Dialect.class)
class TypeRoundTripTest {

    @Parameter
    Dialect dialect;

    @TempDir
    Path folder;

    @Test
    void everySupportedTypeReadsBackExactly() {
        Sample written = new Sample(null, "héllo \"wörld\" ✓", Integer.MIN_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                Short.MIN_VALUE, 0.1 + 0.2, -1.5e300, 3.25f, true, false, new BigDecimal("10.50"),
                new byte[] {0, 1, -1, 127, -128}, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                Color.GREEN, Instant.parse("2024-02-29T23:59:59.123Z"), LocalDate.of(1999, 12, 31),
                LocalDateTime.of(2024, 1, 2, 3, 4, 5, 678_000_000));
        try (Database database = TestDatabases.open(dialect, folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            long id = samples.insert(written).id();
            Sample read = samples.findById(id).orElseThrow();

            assertEquals(written.text(), read.text());
            assertEquals(written.count(), read.count());
            assertEquals(written.maybeCount(), read.maybeCount());
            assertEquals(written.big(), read.big());
            assertEquals(written.small(), read.small());
            assertEquals(written.ratio(), read.ratio());
            assertEquals(written.maybeRatio(), read.maybeRatio());
            assertEquals(written.weight(), read.weight());
            assertEquals(written.active(), read.active());
            assertEquals(written.maybeActive(), read.maybeActive());
            assertEquals("10.50", read.price().toPlainString(), "scale survives");
            assertEquals(written.price(), read.price());
            assertArrayEquals(written.data(), read.data());
            assertEquals(written.token(), read.token());
            assertEquals(Color.GREEN, read.color());
            assertEquals(Instant.parse("2024-02-29T23:59:59.123Z"), read.createdAt());
            assertEquals(written.day(), read.day());
            assertEquals(written.at(), read.at());
        }
    }

    @Test
    void instantIsKeptToTheMicrosecond() {
        try (Database database = TestDatabases.open(dialect, folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            Instant precise = Instant.parse("2024-05-06T07:08:09.123456789Z");
            Sample base = Sample.minimal("t");
            Sample written = new Sample(null, "t", 0, null, 0, (short) 0, 0, null, 0, false, null, null, null, null,
                    null, precise, null, null);
            long id = samples.insert(written).id();
            assertEquals(Instant.parse("2024-05-06T07:08:09.123456Z"), samples.findById(id).orElseThrow().createdAt());
            assertNull(base.createdAt());
        }
    }

    @Test
    void nullsReadBackInEveryNullableColumn() {
        try (Database database = TestDatabases.open(dialect, folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            Sample read = samples.findById(samples.insert(Sample.minimal(null)).id()).orElseThrow();
            assertNull(read.text());
            assertNull(read.maybeCount());
            assertNull(read.maybeRatio());
            assertNull(read.maybeActive());
            assertNull(read.price());
            assertNull(read.data());
            assertNull(read.token());
            assertNull(read.color());
            assertNull(read.createdAt());
            assertNull(read.day());
            assertNull(read.at());
        }
    }

    @Test
    void extremeAndEmptyValuesRoundTrip() {
        try (Database database = TestDatabases.open(dialect, folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            Sample written = new Sample(null, "", 0, 0, Long.MIN_VALUE, Short.MAX_VALUE, Double.MAX_VALUE, Double.NEGATIVE_INFINITY,
                    Float.MIN_VALUE, false, true, new BigDecimal("-12345678901234567890.000000000000000001"),
                    new byte[0], new UUID(0, 0), Color.BLUE, Instant.ofEpochMilli(-1), LocalDate.of(0, 1, 1),
                    LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
            Sample read = samples.findById(samples.insert(written).id()).orElseThrow();
            assertEquals("", read.text());
            assertEquals(0, read.maybeCount());
            assertEquals(Long.MIN_VALUE, read.big());
            assertEquals(Short.MAX_VALUE, read.small());
            assertEquals(Double.MAX_VALUE, read.ratio());
            assertEquals(Double.NEGATIVE_INFINITY, read.maybeRatio());
            assertEquals(Float.MIN_VALUE, read.weight());
            assertEquals(Boolean.TRUE, read.maybeActive());
            assertEquals(written.price(), read.price());
            assertArrayEquals(new byte[0], read.data());
            assertEquals(new UUID(0, 0), read.token());
            assertEquals(Instant.ofEpochMilli(-1), read.createdAt());
            assertEquals(written.day(), read.day());
            assertEquals(written.at(), read.at());
        }
    }
}

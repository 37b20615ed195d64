package dev.noormme.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values of 10 MB round-trip exactly. The other awkward values (NUL characters, unpaired
 * surrogates, NaN, extreme instants and decimals) are covered by
 * {@code dev.noormme.internal.UnstorableValuesTest} and {@code TypeRoundTripTest}.
 */
class LargeValuesTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void tenMegabyteStringsAndBlobsRoundTripExactly() {
        Random random = new Random(Faults.SEED);
        StringBuilder text = new StringBuilder(TEN_MB);
        String pieces = "abc\u0000é€\uD83D\uDE00\n";
        while (text.length() < TEN_MB) {
            text.append(pieces, random.nextInt(4), pieces.length());
        }
        byte[] data = new byte[TEN_MB];
        random.nextBytes(data);
        try (Database database = TestDatabases.open(folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            Sample minimal = Sample.minimal(text.toString());
            Sample written = samples.insert(new Sample(null, minimal.text(), 0, null, 0L, (short) 0, 0.0, null, 0f,
                    false, null, null, data, null, null, null, null, null));
            Sample read = samples.findById(written.id()).orElseThrow();
            assertEquals(text.length(), read.text().length());
            assertTrue(text.toString().equals(read.text()), "the 10 MB string reads back exactly");
            assertArrayEquals(data, read.data(), "the 10 MB blob reads back exactly");

            byte[] reversed = new byte[TEN_MB];
            for (int i = 0; i < TEN_MB; i++) {
                reversed[i] = data[TEN_MB - 1 - i];
            }
            String longer = read.text() + "\u0000end";
            samples.update(new Sample(written.id(), longer, 0, null, 0L, (short) 0, 0.0, null, 0f, false, null, null,
                    reversed, null, null, null, null, null));
            Sample updated = samples.findById(written.id()).orElseThrow();
            assertTrue(longer.equals(updated.text()), "an update of 10 MB reads back exactly");
            assertArrayEquals(reversed, updated.data());
        }
    }
}

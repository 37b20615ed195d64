package dev.noormme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.PostgresServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A derived equality on a NOT NULL column is written as plain {@code =} (the null-safe form is
 * only needed where the column can hold NULL): on random rows of each dialect, every lookup
 * returns exactly the rows Java's {@code equals} picks, and a null argument matches no row, as
 * the null-safe form would.
 */
class NotNullEqualityPropertyTest {

    private static final long SEED = Long.getLong("noormme.property.seed", 20261130L);
    private static final int ROWS = Integer.getInteger("noormme.property.rows", 300);
    private static final int PROBES = Integer.getInteger("noormme.property.probes", 40);

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void equalityOnNotNullColumnsMatchesJava(Dialect dialect) {
        Random random = new Random(SEED);
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST);
        if (dialect == Dialect.POSTGRESQL) {
            config = config.toBuilder().url(PostgresServer.newDatabase()).build();
        }
        try (ServiceFactory services = ServiceFactory.create(config)) {
            LabelsRepository labels = services.labelsRepository();
            List<Label> written = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                written.add(new Label(null, "c" + random.nextInt(ROWS / 4), stamp(random)));
            }
            List<Label> rows = labels.insertAll(written);
            for (int probe = 0; probe < PROBES; probe++) {
                Label some = rows.get(random.nextInt(rows.size()));
                String code = random.nextBoolean() ? some.code() : "c" + random.nextInt(ROWS / 2);
                Instant stamped = random.nextBoolean() ? some.stamped() : stamp(random);
                String at = " (" + dialect + ", code " + code + ", stamped " + stamped + ", seed " + SEED + ")";
                assertEquals(ids(rows, code, null), ids(labels.findByCode(code)), "findByCode" + at);
                assertEquals(ids(rows, code, stamped), ids(labels.findByCodeAndStamped(code, stamped)),
                        "findByCodeAndStamped" + at);
                assertEquals(rows.stream().filter(row -> row.stamped().equals(stamped)).count(),
                        labels.countByStamped(stamped), "countByStamped" + at);
            }
            assertEquals(List.of(), labels.findByCode(null), "a null argument matches no NOT NULL row (" + dialect + ")");
            assertEquals(0, labels.countByStamped(null), "a null argument matches no NOT NULL row (" + dialect + ")");
        }
    }

    /** A few distinct seconds, so that equal instants occur. */
    private static Instant stamp(Random random) {
        return Instant.ofEpochSecond(1_800_000_000L + random.nextInt(20), random.nextInt(3) * 1_000L);
    }

    private static List<Long> ids(List<Label> rows, String code, Instant stamped) {
        return rows.stream()
                .filter(row -> row.code().equals(code) && (stamped == null || row.stamped().equals(stamped)))
                .map(Label::id).sorted().toList();
    }

    private static List<Long> ids(List<Label> found) {
        return found.stream().map(Label::id).filter(Objects::nonNull).sorted().toList();
    }
}

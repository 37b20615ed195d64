package dev.noormme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.PostgresServer;
import dev.noormme.repository.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The differential property test of issues 8 and 12, on SQLite and on PostgreSQL: for every
 * supported type, random values (extremes, zero, many decimal places, characters outside the BMP,
 * nulls) are written through a generated repository, and every comparison keyword, ordering,
 * paging sort, {@code @Query} BETWEEN and MIN/MAX must return exactly the rows and values that
 * Java's ordering of the same values gives, under the rules {@link Values} states (and the README
 * lists).
 *
 * <p>The default build runs a fixed seed; a larger run: {@code mvn -B -pl noormme-it -am verify
 * -Dnoormme.property.seed=<n> -Dnoormme.property.rows=2000 -Dnoormme.property.probes=500}. With
 * {@code -Dnoormme.property.postgresql.url=jdbc:postgresql://...} the PostgreSQL half runs on that
 * server (an empty database: it creates its table there) instead of the embedded one, so an engine
 * that speaks PostgreSQL's protocol can be checked the same way.
 */
class TypeOrderingPropertyTest {

    private static final long SEED = Long.getLong("noormme.property.seed", 20261130L);
    private static final int ROWS = Integer.getInteger("noormme.property.rows", 300);
    private static final int PROBES = Integer.getInteger("noormme.property.probes", 40);

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyTypeComparesOrdersAndRoundTripsAsJavaSays(Dialect dialect) {
        Random random = new Random(SEED);
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST);
        if (dialect == Dialect.POSTGRESQL) {
            config = config.toBuilder().url(Optional.ofNullable(System.getProperty("noormme.property.postgresql.url"))
                    .orElseGet(PostgresServer::newDatabase)).build();
        }
        try (ServiceFactory services = ServiceFactory.create(config)) {
            SpecimensRepository repository = services.specimensRepository();
            List<Property<?>> properties = Property.all(repository, dialect);
            List<Specimen> written = randomSpecimens(properties, random);
            List<Specimen> inserted = repository.insertAll(written);
            Map<Long, Specimen> stored = repository.findAll().stream()
                    .collect(Collectors.toMap(Specimen::id, Function.identity()));
            assertEquals(ROWS, stored.size());
            for (Property<?> property : properties) {
                roundTrips(property, inserted, stored);
            }
            for (Property<?> property : properties) {
                new Check<>(property, stored.values(), random, repository).orders();
            }
            for (int probe = 0; probe < PROBES; probe++) {
                for (Property<?> property : properties) {
                    new Check<>(property, stored.values(), random, repository).comparisons();
                }
            }
        }
    }

    private static List<Specimen> randomSpecimens(List<Property<?>> properties, Random random) {
        List<List<Object>> pools = new ArrayList<>();
        for (Property<?> property : properties) {
            List<Object> pool = new ArrayList<>();
            for (int i = 0; i < Math.max(3, ROWS / 4); i++) {
                pool.add(property.type().random().apply(random));
            }
            pools.add(pool);
        }
        List<Specimen> specimens = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            Object[] values = new Object[properties.size()];
            for (int p = 0; p < values.length; p++) {
                int dice = random.nextInt(10);
                values[p] = dice == 0 ? null
                        : dice < 6 ? pools.get(p).get(random.nextInt(pools.get(p).size()))
                        : properties.get(p).type().random().apply(random);
            }
            specimens.add(new Specimen(null, (String) values[0], (Long) values[1], (Integer) values[2],
                    (Short) values[3], (Double) values[4], (Float) values[5], (Boolean) values[6],
                    (BigDecimal) values[7], (byte[]) values[8], (UUID) values[9], (Shade) values[10],
                    (Instant) values[11], (LocalDate) values[12], (LocalDateTime) values[13]));
        }
        return specimens;
    }

    private static <T> void roundTrips(Property<T> property, List<Specimen> inserted, Map<Long, Specimen> stored) {
        for (Specimen written : inserted) {
            T wrote = property.get().apply(written);
            T read = property.get().apply(stored.get(written.id()));
            T expected = wrote == null ? null : property.type().stored().apply(wrote);
            assertTrue(expected == null ? read == null : read != null && property.type().same().test(expected, read),
                    () -> property.name() + ": wrote " + show(wrote) + ", read " + show(read) + seed());
        }
    }

    /** One probe of one property: random values, every method, each against the Java answer. */
    private static final class Check<T> {
        private final Property<T> property;
        private final Collection<Specimen> rows;
        private final Random random;
        private final SpecimensRepository repository;
        private final Comparator<T> order;

        Check(Property<T> property, Collection<Specimen> rows, Random random, SpecimensRepository repository) {
            this.property = property;
            this.rows = rows;
            this.random = random;
            this.repository = repository;
            this.order = property.type().order();
        }

        /** Every comparison keyword, and the @Query ones, with random bound values. */
        void comparisons() {
            T value = probe();
            T other = probe();
            String at = property.name() + " with " + show(value) + " and " + show(other);
            sameRows(at + ": equal", property.equal().apply(value), has(v -> order.compare(v, value) == 0));
            sameRows(at + ": equal null", property.equal().apply(null), row -> property.get().apply(row) == null);
            sameRows(at + ": not", property.not().apply(value), has(v -> order.compare(v, value) != 0));
            sameRows(at + ": not null", property.not().apply(null), row -> property.get().apply(row) != null);
            sameRows(at + ": lessThan", property.lessThan().apply(value), has(v -> order.compare(v, value) < 0));
            sameRows(at + ": lessThanEqual", property.lessThanEqual().apply(value), has(v -> order.compare(v, value) <= 0));
            sameRows(at + ": greaterThan", property.greaterThan().apply(value), has(v -> order.compare(v, value) > 0));
            sameRows(at + ": greaterThanEqual", property.greaterThanEqual().apply(value),
                    has(v -> order.compare(v, value) >= 0));
            Predicate<Specimen> between = has(v -> order.compare(v, value) >= 0 && order.compare(v, other) <= 0);
            sameRows(at + ": between", property.between().apply(value, other), between);
            sameRows(at + ": isNull", property.isNull().get(), row -> property.get().apply(row) == null);
            List<T> some = List.of(value, other, probe());
            sameRows(at + ": in", property.in().apply(some), has(v -> some.stream().anyMatch(s -> order.compare(v, s) == 0)));
            sameRows(at + ": notIn", property.notIn().apply(some),
                    has(v -> some.stream().noneMatch(s -> order.compare(v, s) == 0)));
            if (property.before() != null) {
                sameRows(at + ": before", property.before().apply(value), has(v -> order.compare(v, value) < 0));
                sameRows(at + ": after", property.after().apply(value), has(v -> order.compare(v, value) > 0));
            }
            sameOrder(at + ": @Query BETWEEN ORDER BY", property.queryBetween().apply(value, other),
                    rows.stream().filter(between).sorted(ascending()).toList());
            sameOrder(at + ": @Query < ORDER BY DESC", property.queryBelow().apply(value),
                    rows.stream().filter(has(v -> order.compare(v, value) < 0)).sorted(descending()).toList());
        }

        /** OrderBy, a page's sort, MIN and MAX: NULLs first ascending and last descending, as SQLite puts them. */
        void orders() {
            String at = property.name();
            Comparator<Specimen> ascending = ascending();
            Comparator<Specimen> descending = descending();
            sameOrder(at + ": OrderBy Asc", property.ascending().get(), rows.stream().sorted(ascending).toList());
            sameOrder(at + ": OrderBy Desc", property.descending().get(), rows.stream().sorted(descending).toList());
            sameOrder(at + ": page sortedBy asc",
                    repository.findAll(PageRequest.of(1, rows.size()).sortedBy(property.name())).content(),
                    rows.stream().sorted(ascending).toList());
            sameOrder(at + ": page sortedBy desc", repository.findAll(PageRequest.of(1, rows.size())
                    .sortedBy(property.name(), PageRequest.Direction.DESC)).content(),
                    rows.stream().sorted(descending).toList());
            sameOrder(at + ": page 2 of 7 sortedBy desc", repository.findAll(PageRequest.of(2, 7)
                    .sortedBy(property.name(), PageRequest.Direction.DESC)).content(),
                    rows.stream().sorted(descending).skip(7).limit(7).toList());
            sameValue(at + ": MIN", property.min().get(), values().min(order));
            sameValue(at + ": MAX", property.max().get(), values().max(order));
        }

        private Comparator<Specimen> ascending() {
            return Comparator.comparing(property.get(), Comparator.nullsFirst(order)).thenComparing(Specimen::id);
        }

        private Comparator<Specimen> descending() {
            return Comparator.comparing(property.get(), Comparator.nullsLast(order.reversed())).thenComparing(Specimen::id);
        }

        /** A value as bound: a stored one half of the time, so that equality and ties are met. */
        private T probe() {
            List<T> present = values().toList();
            T value = !present.isEmpty() && random.nextBoolean() ? present.get(random.nextInt(present.size()))
                    : property.type().random().apply(random);
            return property.type().stored().apply(value);
        }

        private java.util.stream.Stream<T> values() {
            return rows.stream().map(property.get()).filter(java.util.Objects::nonNull);
        }

        private Predicate<Specimen> has(Predicate<T> condition) {
            return row -> {
                T value = property.get().apply(row);
                return value != null && condition.test(value);
            };
        }

        private void sameRows(String what, List<Specimen> actual, Predicate<Specimen> expected) {
            List<Long> want = rows.stream().filter(expected).map(Specimen::id).sorted().toList();
            List<Long> got = actual.stream().map(Specimen::id).sorted().toList();
            assertEquals(want, got, () -> what + seed());
        }

        private void sameOrder(String what, List<Specimen> actual, List<Specimen> expected) {
            assertEquals(expected.stream().map(Specimen::id).toList(), actual.stream().map(Specimen::id).toList(),
                    () -> what + ": values " + actual.stream().map(row -> show(property.get().apply(row))).toList()
                            + seed());
        }

        private void sameValue(String what, Optional<T> actual, Optional<T> expected) {
            assertEquals(expected.isPresent(), actual.isPresent(), () -> what + seed());
            expected.ifPresent(want -> assertEquals(0, order.compare(want, actual.get()),
                    () -> what + ": expected " + show(want) + ", got " + show(actual.get()) + seed()));
        }
    }

    private static String show(Object value) {
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
    }

    private static String seed() {
        return " (seed " + SEED + ", rows " + ROWS + ")";
    }
}

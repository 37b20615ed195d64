package dev.noormme.benchmarks;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.Environment;
import dev.noormme.internal.EntityMapping;
import dev.noormme.internal.MappingSql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the schema check costs at open: {@code Database.open} of a file with 100 tables (8
 * columns and 2 indexes each, a DECIMAL column among them) against the 100 entities that
 * declare them, beside the same open with no entities (connections, PRAGMAs, cache; no check).
 * Each open builds its declared schema afresh, as the one open of an application does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class OpenBenchmarks {

    private static final int TABLES = 100;

    private Path folder;
    private DatabaseConfig config;
    private List<EntityMapping<?, ?>> entities;

    @Setup(Level.Trial)
    public void create() throws IOException {
        folder = Files.createTempDirectory("noormme-open-");
        config = DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("tables.db")).migrationLocations().createSchema(true).build();
        entities = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            entities.add(new DeclaredTable("table_" + i));
        }
        Database.open(config, entities).close();
        config = config.toBuilder().createSchema(false).build();
    }

    @TearDown(Level.Trial)
    public void delete() {
        TemporaryFolders.delete(folder);
    }

    @Benchmark
    public void openCheckingHundredTables() {
        Database.open(config, entities).close();
    }

    @Benchmark
    public void openWithoutEntities() {
        Database.open(config).close();
    }

    /** An entity mapping that declares one table; the check reads nothing else. */
    private record DeclaredTable(String table) implements EntityMapping<Object, Long> {

        /** SQLite's schema; the open reads it, and no other statement ever runs (the benchmark opens SQLite only). */
        @Override
        public MappingSql sql(Dialect dialect) {
            if (dialect != Dialect.SQLITE) {
                throw new UnsupportedOperationException("the open benchmark declares its table for SQLite only");
            }
            String unused = "-- " + table + ": the open benchmark runs no statement";
            return MappingSql.builder()
                    .schema("CREATE TABLE IF NOT EXISTS `" + table + "` (`id` INTEGER PRIMARY KEY, `name` TEXT NOT NULL,"
                                    + " `email` TEXT, `amount` TEXT COLLATE DECIMAL NOT NULL, `created_at` TEXT NOT NULL,"
                                    + " `visits` INTEGER NOT NULL, `ratio` REAL, `data` BLOB)",
                            "CREATE INDEX IF NOT EXISTS `" + table + "_name` ON `" + table + "` (`name`)",
                            "CREATE UNIQUE INDEX IF NOT EXISTS `" + table + "_email` ON `" + table + "` (`email`)")
                    .select(unused).selectById(unused).selectAll(unused).insert(unused).update(unused).upsert(unused)
                    .deleteById(unused).count(unused).existsById(unused)
                    .build();
        }

        @Override public String idColumn() { return "id"; }
        @Override public boolean generatedId() { return true; }
        @Override public Map<String, String> columnsByProperty() { return Map.of(); }
        @Override public Long id(Object entity) { throw new UnsupportedOperationException(); }
        @Override public boolean hasNoId(Object entity) { throw new UnsupportedOperationException(); }
        @Override public Object withGeneratedId(Object entity, long id) { throw new UnsupportedOperationException(); }
        @Override public void bindId(PreparedStatement statement, int index, Long id) { throw new UnsupportedOperationException(); }
        @Override public int bindColumns(PreparedStatement statement, Object entity, int first) { throw new UnsupportedOperationException(); }
        @Override public Object read(ResultSet row) { throw new UnsupportedOperationException(); }
    }
}

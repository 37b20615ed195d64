package dev.noormme.benchmarks;

import dev.noormme.connection.DecimalCollation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Random;
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
 * What the {@code DECIMAL} collation costs in SQL: the same 10,000 amounts as decimal text under
 * {@code COLLATE DECIMAL} (how NOORMME stores {@code BigDecimal}) and as {@code REAL} (what a
 * double would cost, inexact), sorted whole and searched through an index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Thread)
public class DecimalBenchmarks {

    static final int ROWS = 10_000;

    private Path folder;
    private Connection connection;
    private PreparedStatement sortDecimal;
    private PreparedStatement sortReal;
    private PreparedStatement rangeDecimal;
    private PreparedStatement rangeReal;
    private final Random random = new Random(42);

    @Setup(Level.Trial)
    public void open() throws Exception {
        folder = Files.createTempDirectory("noormme-decimal-bench");
        connection = org.sqlite.JDBC.createConnection("jdbc:sqlite:" + folder.resolve("d.db"), new Properties());
        DecimalCollation.register(connection);
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE amounts (id INTEGER PRIMARY KEY, decimal TEXT COLLATE DECIMAL,"
                    + " real REAL, indexed_decimal TEXT COLLATE DECIMAL, indexed_real REAL)");
            create.execute("CREATE INDEX amounts_decimal ON amounts (indexed_decimal)");
            create.execute("CREATE INDEX amounts_real ON amounts (indexed_real)");
        }
        Random values = new Random(7);
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO amounts (decimal, real, indexed_decimal, indexed_real) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                BigDecimal amount = BigDecimal.valueOf(values.nextInt(10_000_000) - 1_000_000, 2);
                insert.setString(1, amount.toPlainString());
                insert.setDouble(2, amount.doubleValue());
                insert.setString(3, amount.toPlainString());
                insert.setDouble(4, amount.doubleValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        sortDecimal = connection.prepareStatement("SELECT id FROM amounts ORDER BY decimal");
        sortReal = connection.prepareStatement("SELECT id FROM amounts ORDER BY real");
        rangeDecimal = connection.prepareStatement(
                "SELECT count(*) FROM amounts WHERE indexed_decimal BETWEEN ? AND ?");
        rangeReal = connection.prepareStatement("SELECT count(*) FROM amounts WHERE indexed_real BETWEEN ? AND ?");
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
        TemporaryFolders.delete(folder);
    }

    @Benchmark
    public long sortTenThousandDecimals() throws SQLException {
        return sum(sortDecimal);
    }

    @Benchmark
    public long sortTenThousandReals() throws SQLException {
        return sum(sortReal);
    }

    /** An index search for a range of about 10 rows. */
    @Benchmark
    public long indexRangeDecimal() throws SQLException {
        int low = random.nextInt(9_000_000) - 1_000_000;
        rangeDecimal.setString(1, BigDecimal.valueOf(low, 2).toPlainString());
        rangeDecimal.setString(2, BigDecimal.valueOf(low + 10_000, 2).toPlainString());
        return sum(rangeDecimal);
    }

    @Benchmark
    public long indexRangeReal() throws SQLException {
        int low = random.nextInt(9_000_000) - 1_000_000;
        rangeReal.setDouble(1, low / 100.0);
        rangeReal.setDouble(2, (low + 10_000) / 100.0);
        return sum(rangeReal);
    }

    private static long sum(PreparedStatement statement) throws SQLException {
        long sum = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sum += rows.getLong(1);
            }
        }
        return sum;
    }
}

package dev.noormme.optimize;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Samples with a 90-day retention on created_at, in a real file in a test's folder. */
final class OptimizerFixture {

    static final RetentionRule RULE = new RetentionRule("samples", "created_at", RetentionRule.TimeStorage.INSTANT,
            Duration.ofDays(90));

    private OptimizerFixture() {
    }

    static DatabaseConfig.Builder config(Path folder) {
        return DatabaseConfig.forEnvironment(Environment.TEST).toBuilder()
                .url("jdbc:sqlite:" + folder.resolve("optimizer.db"));
    }

    static Database open(DatabaseConfig config) {
        return Database.open(config, List.of(SampleMapping.INSTANCE), List.of(), List.of(RULE));
    }

    /** Inserts {@code count} samples created {@code age} ago, with payload enough to fill pages. */
    static void insert(RepositorySupport<Sample, Long> samples, int count, Duration age, String label) {
        Instant createdAt = Instant.now().minus(age);
        List<Sample> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Sample(null, label + i, i, null, 0L, (short) 0, 0.0, null, 0f, false, null, null,
                    new byte[200], null, null, createdAt, null, null));
            if (rows.size() == 10_000) {
                samples.insertAll(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            samples.insertAll(rows);
        }
    }

    /** A connection of "another process": plain JDBC on the same file. */
    static Connection otherProcess(Path folder) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("optimizer.db"));
        dev.noormme.connection.DecimalCollation.register(connection); // samples.price uses it
        return connection;
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}

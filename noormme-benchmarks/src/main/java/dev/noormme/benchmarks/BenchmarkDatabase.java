package dev.noormme.benchmarks;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQLite file in a temporary folder, opened both by NOORMME (PRODUCTION settings: WAL,
 * synchronous NORMAL; tables created from the entities, as there are no migrations) and by the
 * hand-written baseline with the same PRAGMAs, so both sides of a benchmark read and write the
 * same data through the same driver.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final Path folder;
    private final ServiceFactory services;
    private final HandWrittenAccounts handWritten;

    private BenchmarkDatabase(Path folder, ServiceFactory services, HandWrittenAccounts handWritten) {
        this.folder = folder;
        this.services = services;
        this.handWritten = handWritten;
    }

    static BenchmarkDatabase create() throws IOException, SQLException {
        Path folder = Files.createTempDirectory("noormme-benchmark");
        String url = "jdbc:sqlite:" + folder.resolve("benchmark.db");
        ServiceFactory services = ServiceFactory.create(
                DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder().url(url).createSchema(true).build());
        return new BenchmarkDatabase(folder, services, new HandWrittenAccounts(DriverManager.getConnection(url)));
    }

    AccountsRepository generated() {
        return services.accountsRepository();
    }

    HandWrittenAccounts handWritten() {
        return handWritten;
    }

    /** {@code count} accounts without ids, the same every time. */
    static List<Account> newAccounts(int count) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Account> accounts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            accounts.add(newAccount(i, start.plusSeconds(i)));
        }
        return accounts;
    }

    static Account newAccount(int number, Instant createdAt) {
        return new Account(null, "account" + number + "@example.com", "Account " + number, number % 17,
                number * 1.25, createdAt);
    }

    @Override
    public void close() throws SQLException {
        try {
            handWritten.close();
        } finally {
            services.close();
            TemporaryFolders.delete(folder);
        }
    }

}

package dev.noormme.health;

import dev.noormme.internal.DialectSql;
import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.Columns;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * An {@code AccountsRepository} with a really slow query (a recursive CTE counting to 300,000 beside
 * a filter on the unindexed name column), written as the processor writes query methods, and an
 * alert inbox. Background work is awaited by polling with a deadline.
 */
final class Workload implements AutoCloseable {

    static final String SLOW_BY_NAME = "AccountsRepository.slowByName";
    static final String SLOW_BY_NAME_SQL = "SELECT a.\"id\", a.\"email\", a.\"name\" FROM \"accounts\" a"
            + " WHERE a.\"name\" = ? AND (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 300000) SELECT count(*) FROM c) > 0";

    final Database database;
    final RepositorySupport<Account, Long> accounts;
    final List<Alert> alerts = new CopyOnWriteArrayList<>();

    private Workload(Database database) {
        this.database = database;
        this.accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE, "AccountsRepository");
        database.monitor().onAlert(alerts::add);
    }

    /** A database in {@code folder} with the accounts entity; queries past 1 ms are slow unless {@code settings} say otherwise. */
    static Workload open(Path folder) {
        return open(folder, builder -> builder);
    }

    static Workload open(Path folder, UnaryOperator<DatabaseConfig.Builder> settings) {
        DatabaseConfig config = settings.apply(TestDatabases.config(folder).toBuilder()
                .slowQueryThreshold(Duration.ofMillis(1))).build();
        return new Workload(Database.open(config, List.of(AccountMapping.INSTANCE)));
    }

    List<Account> slowByName(String name) {
        return accounts.list(SLOW_BY_NAME, DialectSql.portable(SLOW_BY_NAME_SQL), statement -> {
            Columns.setString(statement, 1, name);
            return 2;
        }, AccountMapping.INSTANCE::read);
    }

    /** The first alert of {@code kind} about {@code subject}, waiting for it up to 10 seconds. */
    Alert awaitAlert(AlertKind kind, String subject) {
        await(() -> alerts.stream().anyMatch(a -> a.kind() == kind && a.subject().equals(subject)),
                kind + " alert about " + subject + "; alerts so far: " + alerts);
        return alerts.stream().filter(a -> a.kind() == kind && a.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package dev.noormme.examples;

import dev.noormme.ConstraintViolationException;
import dev.noormme.cache.CacheStats;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.health.Monitor;
import dev.noormme.health.QueryStats;
import dev.noormme.health.SlowQuery;
import dev.noormme.repository.Page;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The example application: registers users with their first payment, pages through them, shows
 * a transaction rolled back by a duplicate email, refunds a payment, runs derived queries and a
 * compile-time-checked {@code @Query} join, reads through the query cache, keeps an audit log
 * whose old events the optimizer deletes (printing its report), and prints the migration run that
 * built its schema and a health check.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am install -DskipTests && mvn -B -q -pl examples
 * exec:java}; it writes {@code examples/target/payments.db}. With {@code NOORMME_URL} set (a
 * {@code jdbc:postgresql://host:port/db?user=..&password=..} URL, say) it runs on that database
 * instead, after dropping its own tables there; {@code exec:java@postgresql} runs it on an
 * embedded PostgreSQL server ({@code PaymentsOnEmbeddedPostgres} in the tests).
 */
public final class PaymentsApp {

    static final int USERS = 45;

    /** Enough payments that scanning them all is slow next to an indexed lookup. */
    static final int HISTORY = 20_000;

    /** The tables of this example, children first, as {@link #dropExampleTables} drops them. */
    static final List<String> EXAMPLE_TABLES = List.of("audit_events", "payments", "users");

    /** Flyway's table of the migrations it ran (its default name, which NOORMME keeps). */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** Held so the level set in {@link #main} stays: java.util.logging keeps loggers weakly. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private PaymentsApp() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        // Flyway reports every step at INFO; this application prints its own migration report.
        FLYWAY_LOG.setLevel(Level.WARNING);
        String url = System.getenv("NOORMME_URL");
        if (url != null && !url.isBlank()) {
            // NOORMME_URL (and NOORMME_USERNAME, NOORMME_PASSWORD if set) choose the database.
            run(DatabaseConfig.fromEnvironment(), System.out);
        } else {
            run(Path.of(args.length > 0 ? args[0] : "payments.db"), System.out);
        }
    }

    /** Runs the whole example on a fresh SQLite database at {@code file}, printing what it did. */
    static void run(Path file, PrintStream out) throws IOException {
        deleteDatabase(file);
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + file)
                .build();
        run(config, "Database: " + file.toAbsolutePath(), out);
    }

    /**
     * Runs the whole example on the database of {@code config}'s url (a PostgreSQL server, say),
     * printing what it did. It starts clean the way the SQLite run deletes its file: it drops the
     * example's own tables and Flyway's history table, if they exist, and touches nothing else.
     */
    static void run(DatabaseConfig config, PrintStream out) throws SQLException {
        String url = config.url().orElseThrow(() -> new IllegalArgumentException("config has no url"));
        dropExampleTables(config);
        int query = url.indexOf('?');
        run(config, "Database: " + (query < 0 ? url : url.substring(0, query)) + System.lineSeparator()
                + "Started clean: dropped " + String.join(", ", EXAMPLE_TABLES) + " (this example's tables) and "
                + FLYWAY_HISTORY + " (Flyway's history) where they existed; nothing else was touched", out);
    }

    private static void run(DatabaseConfig config, String where, PrintStream out) {
        try (ServiceFactory services = ServiceFactory.create(config)) {
            PaymentService service = new PaymentService(services.database(), services.usersRepository(),
                    services.paymentsRepository(), Clock.systemUTC());
            out.println(where);
            services.database().migrations().lastRun().ifPresent(out::println);

            for (int i = 1; i <= USERS; i++) {
                Payment first = service.registerWithFirstPayment("user%02d@example.com".formatted(i), "User " + i,
                        new BigDecimal("%d.%02d".formatted(10 + i, i)));
                if (i % 10 == 0) {
                    service.recordPayment(first.userId(), new BigDecimal("100.00"));
                }
            }
            out.printf("Registered %d users with %d payments%n",
                    services.usersRepository().count(), services.paymentsRepository().count());

            try {
                service.registerWithFirstPayment("user01@example.com", "Duplicate", new BigDecimal("1.00"));
            } catch (ConstraintViolationException e) {
                out.println("Rolled back: " + e.getMessage());
            }
            out.printf("After the rollback: %d users, %d payments%n",
                    services.usersRepository().count(), services.paymentsRepository().count());

            for (int page = 1; ; page++) {
                Page<User> users = service.usersByEmail(page);
                out.printf("Page %d of %d: %d users, %s .. %s%n", users.page(), users.totalPages(),
                        users.content().size(), users.content().get(0).email(),
                        users.content().get(users.content().size() - 1).email());
                if (!users.hasNext()) {
                    break;
                }
            }

            service.refund(1L).ifPresent(payment ->
                    out.printf("Refunded payment %d of %s: %s%n", payment.id(), payment.amount(), payment.status()));

            out.printf("Users named like 'User 1%%': %d%n",
                    services.usersRepository().countByDisplayNameLike("User 1%"));
            out.printf("Settled payments: %d, refunded: %d%n",
                    services.paymentsRepository().countByStatus(PaymentStatus.SETTLED),
                    services.paymentsRepository().countByStatus(PaymentStatus.REFUNDED));
            out.println("Payments of user10@example.com, newest first: "
                    + service.paymentsOf("user10@example.com").stream().map(payment -> payment.amount()).toList());
            out.println("Largest payments: " + services.paymentsRepository().findTop5ByOrderByAmountDescIdAsc().stream()
                    .map(payment -> payment.amount().toPlainString()).toList());
            out.println("Payments over 50.00: "
                    + services.paymentsRepository().countByAmountGreaterThan(new BigDecimal("50.00")));
            for (UserSpending spending : service.topSpenders(3)) {
                out.printf("Top spender %s: %d payments, %s%n",
                        spending.email(), spending.payments(), spending.total().toPlainString());
            }

            for (int i = 0; i < 3; i++) {
                service.paymentsOf("user10@example.com");
            }
            service.rename("user10@example.com", "User Ten");
            service.paymentsOf("user10@example.com");
            CacheStats cache = services.database().cache().stats();
            out.printf(Locale.ROOT, "Cached findByEmail: %d hits, %d misses (hit rate %.2f); the rename evicted it%n",
                    cache.hits(), cache.misses(), cache.hitRate());

            showMonitor(services, out);

            recordAuditTrail(services.auditEventsRepository(), out);
            out.println(services.database().optimizer().run());
            out.printf("Audit events after the optimizer run: %d%n", services.auditEventsRepository().count());

            out.println("Health: " + services.healthCheck().toJson());
        }
    }

    /**
     * Imports a history of payments, runs the deliberately unindexed count over them, and prints
     * what the monitor saw: the slowest queries, the slow one with the database's plan, and the advice.
     */
    private static void showMonitor(ServiceFactory services, PrintStream out) {
        PaymentsRepository payments = services.paymentsRepository();
        List<Payment> history = new ArrayList<>(HISTORY);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < HISTORY; i++) {
            history.add(Payment.newPayment(1L, BigDecimal.valueOf(i * 37L % 100_000, 2), PaymentStatus.SETTLED,
                    start.plusSeconds(i * 60L)));
        }
        payments.insertAll(history);
        out.printf("Imported %d historical payments; %d of all payments are over 500.00%n", HISTORY,
                payments.countByAmountGreaterThan(new BigDecimal("500.00")));

        Monitor monitor = services.database().monitor();
        out.println("Slowest queries by p95:");
        monitor.all().stream()
                .sorted(Comparator.comparing(QueryStats::p95).reversed())
                .limit(3)
                .forEach(stats -> out.printf(Locale.ROOT, "  %-52s %5d runs  p95 %s%n", stats.name(), stats.count(),
                        millis(stats.p95())));
        SlowQuery slow = awaitSlowQuery(monitor, "PaymentsRepository.countByAmountGreaterThan");
        out.printf("Slow query %s: %s, over its threshold of %s%n", slow.name(), millis(slow.duration()),
                millis(slow.threshold()));
        out.println("  SQL:  " + slow.sql());
        // SQLite's plan is one line; PostgreSQL's EXPLAIN has several, indented here under the first.
        out.println("  Plan: " + String.join(System.lineSeparator() + "        ", slow.plan().lines().toList()));
        services.healthCheck().recommendations().stream()
                .filter(advice -> advice.contains("CREATE INDEX"))
                .forEach(advice -> out.println("Recommendation: " + advice));
    }

    /** The monitor explains slow queries on its own thread, so the example waits for it (at most 10 s). */
    private static SlowQuery awaitSlowQuery(Monitor monitor, String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (SlowQuery slow : monitor.slowQueries()) {
                if (slow.name().equals(name)) {
                    return slow;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException(name + " was not listed as a slow query");
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }

    /** Today's sign-ins and refund, and four events imported from a system retired 200 days ago. */
    private static void recordAuditTrail(AuditEventsRepository audit, PrintStream out) {
        Instant now = Instant.now();
        audit.insertAll(List.of(AuditEvent.of("sign-in", "user01@example.com", now),
                AuditEvent.of("sign-in", "user10@example.com", now), AuditEvent.of("refund", "payment 1", now)));
        Instant retired = now.minus(200, ChronoUnit.DAYS);
        for (int i = 1; i <= 4; i++) {
            audit.insert(AuditEvent.of("imported", "legacy record " + i, retired));
        }
        out.printf("Audit events: %d, kept for 90 days%n", audit.count());
    }

    /**
     * Drops the example's tables and Flyway's history table on {@code config}'s database, children
     * before parents, in one transaction and without CASCADE: a table of someone else's that
     * depends on them makes this fail, rolled back, rather than lose anything.
     */
    static void dropExampleTables(DatabaseConfig config) throws SQLException {
        Properties credentials = new Properties();
        config.username().ifPresent(user -> credentials.setProperty("user", user));
        config.password().ifPresent(password -> credentials.setProperty("password", password));
        try (Connection connection = DriverManager.getConnection(config.url().orElseThrow(), credentials);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String table : EXAMPLE_TABLES) {
                    statement.execute("DROP TABLE IF EXISTS " + table);
                }
                statement.execute("DROP TABLE IF EXISTS " + FLYWAY_HISTORY);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}

package dev.noormme.examples;

import dev.noormme.ConstraintViolationException;
import dev.noormme.cache.CacheStats;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.repository.Page;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
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
 * exec:java}; it writes {@code examples/target/payments.db}.
 */
public final class PaymentsApp {

    static final int USERS = 45;

    /** Held so the level set in {@link #main} stays: java.util.logging keeps loggers weakly. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private PaymentsApp() {
    }

    public static void main(String[] args) throws IOException {
        // Flyway reports every step at INFO; this application prints its own migration report.
        FLYWAY_LOG.setLevel(Level.WARNING);
        Path file = Path.of(args.length > 0 ? args[0] : "payments.db");
        run(file, System.out);
    }

    /** Runs the whole example on a fresh database at {@code file}, printing what it did. */
    static void run(Path file, PrintStream out) throws IOException {
        deleteDatabase(file);
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.DEVELOPMENT).toBuilder()
                .url("jdbc:sqlite:" + file)
                .build();
        try (ServiceFactory services = ServiceFactory.create(config)) {
            PaymentService service = new PaymentService(services.database(), services.usersRepository(),
                    services.paymentsRepository(), Clock.systemUTC());
            out.println("Database: " + file.toAbsolutePath());
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

            recordAuditTrail(services.auditEventsRepository(), out);
            out.println(services.database().optimizer().run());
            out.printf("Audit events after the optimizer run: %d%n", services.auditEventsRepository().count());

            out.println("Health: " + services.healthCheck().toJson());
        }
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

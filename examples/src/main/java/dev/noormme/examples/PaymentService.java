package dev.noormme.examples;

import dev.noormme.Database;
import dev.noormme.repository.Page;
import dev.noormme.repository.PageRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The application's use cases, written against the generated repositories. Thread-safe. */
public final class PaymentService {

    /** Users are listed 20 at a time, as in the seed's {@code getUsers({ page, pageSize: 20 })}. */
    public static final int USERS_PAGE_SIZE = 20;

    private final Database database;
    private final UsersRepository users;
    private final PaymentsRepository payments;
    private final Clock clock;

    public PaymentService(Database database, UsersRepository users, PaymentsRepository payments, Clock clock) {
        this.database = database;
        this.users = users;
        this.payments = payments;
        this.clock = clock;
    }

    /** Registers a user and records their first payment: both are stored, or neither is. */
    public Payment registerWithFirstPayment(String email, String displayName, BigDecimal amount) {
        return database.inTransaction(() -> {
            User user = users.insert(User.newUser(email, displayName, now()));
            return payments.insert(Payment.newPayment(user.id(), amount, PaymentStatus.SETTLED, now()));
        });
    }

    /** Records a further settled payment of a registered user. */
    public Payment recordPayment(long userId, BigDecimal amount) {
        return payments.insert(Payment.newPayment(userId, amount, PaymentStatus.SETTLED, now()));
    }

    /** A user's payments, newest first; empty when no user has that email. */
    public List<Payment> paymentsOf(String email) {
        return users.findByEmail(email)
                .map(user -> payments.findByUserIdOrderByCreatedAtDescIdDesc(user.id()))
                .orElse(List.of());
    }

    /** The users who paid the most in settled payments, most first. */
    public List<UserSpending> topSpenders(int limit) {
        return payments.topSpenders(PaymentStatus.SETTLED, limit);
    }

    /** Renames the user with that email; false when there is none. */
    public boolean rename(String email, String displayName) {
        return users.findByEmail(email)
                .map(user -> users.update(new User(user.id(), user.email(), displayName, user.createdAt())))
                .orElse(false);
    }

    /** Marks a settled payment refunded; empty when there is no such payment. */
    public Optional<Payment> refund(long paymentId) {
        return database.inTransaction(() -> payments.findById(paymentId).map(payment -> {
            Payment refunded = new Payment(payment.id(), payment.userId(), payment.amount(),
                    PaymentStatus.REFUNDED, payment.createdAt());
            payments.update(refunded);
            return refunded;
        }));
    }

    /** One page of users by email, numbered from 1. */
    public Page<User> usersByEmail(int page) {
        return users.findAll(PageRequest.of(page, USERS_PAGE_SIZE).sortedBy("email"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

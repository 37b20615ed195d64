package dev.noormme.examples;

import dev.noormme.annotations.Query;
import dev.noormme.annotations.Repository;
import dev.noormme.annotations.SlowQueryThreshold;
import dev.noormme.repository.CrudRepository;
import java.math.BigDecimal;
import java.util.List;

/** Payments; the implementation is generated, and every query is checked at compile time. */
@Repository
public interface PaymentsRepository extends CrudRepository<Payment, Long> {

    List<Payment> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    long countByStatus(PaymentStatus status);

    List<Payment> findTop3ByStatusOrderByCreatedAtDesc(PaymentStatus status);

    List<Payment> findTop5ByOrderByAmountDescIdAsc();

    /**
     * Deliberately unindexed, to show the monitor at work: once the example has imported many
     * payments, this scan is slow, and the monitor lists it with its plan and the index to add.
     */
    @SlowQueryThreshold("1ms")
    @SuppressWarnings("noormme-index")
    long countByAmountGreaterThan(BigDecimal amount);

    @Query(value = """
            SELECT u.email AS email, COUNT(p.id) AS payments, decimal_sum(p.amount) AS total
            FROM users u JOIN payments p ON p.user_id = u.id
            WHERE p.status = :status
            GROUP BY u.id
            ORDER BY total COLLATE DECIMAL DESC, u.email
            LIMIT :limit""",
            postgresql = """
            SELECT u.email AS email, COUNT(p.id) AS payments, SUM(p.amount) AS total
            FROM users u JOIN payments p ON p.user_id = u.id
            WHERE p.status = :status
            GROUP BY u.id
            ORDER BY total DESC, u.email
            LIMIT :limit""")
    List<UserSpending> topSpenders(PaymentStatus status, int limit);
}

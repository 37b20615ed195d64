package dev.noormme.examples;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Index;
import dev.noormme.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment made by a user; amounts are exact decimals. */
@Table("payments")
@Index(columns = {"user_id", "created_at"})
@Index(columns = "status")
public record Payment(@Id Long id,
                      long userId,
                      @Column(nullable = false) BigDecimal amount,
                      @Column(nullable = false) PaymentStatus status,
                      Instant createdAt) {

    /** A payment not stored yet. */
    public static Payment newPayment(long userId, BigDecimal amount, PaymentStatus status, Instant createdAt) {
        return new Payment(null, userId, amount, status, createdAt);
    }
}

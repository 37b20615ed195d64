package dev.noormme.examples;

import java.math.BigDecimal;

/**
 * How much one user has paid: a projection read by {@link PaymentsRepository#topSpenders}.
 *
 * @param email the user's email
 * @param payments how many settled payments they made
 * @param total their exact sum ({@code decimal_sum})
 */
public record UserSpending(String email, long payments, BigDecimal total) {
}

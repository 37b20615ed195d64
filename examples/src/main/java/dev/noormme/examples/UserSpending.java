package dev.noormme.examples;

/**
 * How much one user has paid: a projection read by {@link PaymentsRepository#topSpenders}.
 *
 * @param email the user's email
 * @param payments how many settled payments they made
 * @param total their sum, as SQLite's REAL
 */
public record UserSpending(String email, long payments, double total) {
}

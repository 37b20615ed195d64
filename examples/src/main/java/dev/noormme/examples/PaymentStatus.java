package dev.noormme.examples;

/** Where a payment stands; stored by name. */
public enum PaymentStatus {
    PENDING,
    SETTLED,
    REFUNDED
}

package com.acme.billing;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Table("invoices")
public record Invoice(
        @Id Long id,
        @Column(nullable = false) String customer,
        LocalDate invoiceDate,
        int billingOrder,
        BigDecimal amount,
        Status status,
        boolean paid,
        String note) {

    public enum Status { OPEN, SENT, CLOSED }
}

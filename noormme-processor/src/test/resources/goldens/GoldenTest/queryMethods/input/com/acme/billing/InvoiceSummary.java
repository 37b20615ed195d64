package com.acme.billing;

import java.math.BigDecimal;

/** A projection: some of Invoice's properties. */
public record InvoiceSummary(String customer, BigDecimal amount) {
}

package com.acme.payments;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Table("payments")
public record Payment(@Id UUID id, long userId, BigDecimal amount) {
}

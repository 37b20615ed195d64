package dev.noormme.it;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** One nullable property of every supported type. */
@Table("specimens")
public record Specimen(@Id Long id,
                       String text,
                       Long longValue,
                       Integer intValue,
                       Short shortValue,
                       Double doubleValue,
                       Float floatValue,
                       Boolean flag,
                       BigDecimal decimal,
                       byte[] bytes,
                       UUID uuid,
                       Shade shade,
                       Instant instant,
                       LocalDate date,
                       LocalDateTime dateTime) {
}

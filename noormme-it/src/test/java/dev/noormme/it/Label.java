package dev.noormme.it;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import java.time.Instant;

/** NOT NULL columns, where a derived equality is plain {@code =} rather than the null-safe form. */
@Table("labels")
public record Label(@Id Long id, @Column(nullable = false) String code, @Column(nullable = false) Instant stamped) {
}

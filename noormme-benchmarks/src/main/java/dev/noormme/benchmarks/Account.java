package dev.noormme.benchmarks;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import java.time.Instant;

/** The benchmarks' entity: a handful of columns of the common types. */
@Table("accounts")
public record Account(@Id Long id,
                      @Column(nullable = false, unique = true) String email,
                      String displayName,
                      int loginCount,
                      double balance,
                      Instant createdAt) {
}

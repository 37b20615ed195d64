package app;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Index;
import dev.noormme.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Table("users")
@Index(columns = "display_name")
public record User(
        @Id Long id,
        @Column(unique = true, nullable = false) String email,
        @Column(name = "display_name") String displayName,
        Instant createdAt,
        Status status,
        BigDecimal balance,
        byte[] avatar,
        UUID token,
        boolean active,
        LocalDate birthday,
        @Column(name = "order") Integer order) {

    public enum Status { ACTIVE, BLOCKED }
}

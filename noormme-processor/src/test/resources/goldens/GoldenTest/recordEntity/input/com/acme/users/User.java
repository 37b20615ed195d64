package com.acme.users;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Index;
import dev.noormme.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

@Table("users")
@Index(columns = {"email"}, unique = true)
@Index(columns = {"display_name", "created_at"})
@Index(columns = "order", name = "by_order")
public record User(
        @Id Long id,
        @Column(unique = true, nullable = false) String email,
        @Column(name = "display_name") String displayName,
        Instant createdAt,
        int age,
        Integer ageBoxed,
        long visits,
        Long visitsBoxed,
        short level,
        Short levelBoxed,
        double score,
        Double scoreBoxed,
        float ratio,
        Float ratioBoxed,
        boolean active,
        Boolean verified,
        BigDecimal balance,
        byte[] avatar,
        UUID token,
        Status status,
        LocalDate birthday,
        LocalDateTime lastSeen,
        @Column(name = "order") String order) {

    public enum Status { ACTIVE, BLOCKED }
}

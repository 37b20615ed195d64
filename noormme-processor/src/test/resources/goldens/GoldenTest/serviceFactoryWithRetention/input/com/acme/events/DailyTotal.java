package com.acme.events;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.RetentionPeriod;
import dev.noormme.annotations.Table;
import java.time.LocalDate;

/** Named by its property, kept for 12 hours. */
@Table("daily_totals")
@RetentionPeriod(value = "12h", column = "day")
public record DailyTotal(@Id Long id, LocalDate day, long total) {
}

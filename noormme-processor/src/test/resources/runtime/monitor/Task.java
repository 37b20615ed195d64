package monitor;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table("tasks")
public record Task(@Id Long id, String title) {}

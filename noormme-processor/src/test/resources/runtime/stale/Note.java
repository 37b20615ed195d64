package stale;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table("notes")
public record Note(@Id Long id, String title, String body) {}

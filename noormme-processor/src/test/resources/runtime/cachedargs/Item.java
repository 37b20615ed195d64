package cachedargs;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table("items")
public record Item(@Id Long id, String category, int quantity, byte[] code) {}

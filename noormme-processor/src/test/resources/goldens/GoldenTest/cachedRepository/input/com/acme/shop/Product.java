package com.acme.shop;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table("products")
public record Product(@Id Long id, String name, String category, long priceCents) {
}

package com.acme.shop;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table("reviews")
public record Review(@Id Long id, long productId, int stars) {
}

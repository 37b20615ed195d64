package com.acme.users;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

@Table("users")
public record User(@Id Long id, String email) {
}

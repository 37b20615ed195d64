package com.acme.billing;

import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;

/** A JavaBean entity, so a @Query reading its columns in another order needs setters. */
@Table("customers")
public class Customer {
    @Id
    public Long id;
    public String name;
    public String city;
}

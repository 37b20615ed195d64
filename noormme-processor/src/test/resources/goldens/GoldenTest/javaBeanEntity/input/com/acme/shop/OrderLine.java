package com.acme.shop;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import dev.noormme.annotations.Transient;
import java.math.BigDecimal;

@Table
public class OrderLine {
    @Id
    private int id;
    @Column(nullable = false)
    private String product;
    private boolean shipped;
    public BigDecimal price;
    @Transient
    private String note;
    private static int created;

    public OrderLine() {
    }

    public int getId() {
        return id;
    }

    public void setId(int id) {
        this.id = id;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public boolean isShipped() {
        return shipped;
    }

    public void setShipped(boolean shipped) {
        this.shipped = shipped;
    }
}

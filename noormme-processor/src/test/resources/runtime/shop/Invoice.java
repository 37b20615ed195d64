package shop;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Table;
import java.time.LocalDate;

@Table("invoices")
public record Invoice(
        @Id Long id,
        @Column(nullable = false) String customer,
        LocalDate invoiceDate,
        int billingOrder,
        Integer amount,
        Status status,
        boolean paid,
        String note) {

    public enum Status { OPEN, SENT, CLOSED }
}

package grammar;

import dev.noormme.annotations.Column;
import dev.noormme.annotations.Id;
import dev.noormme.annotations.Index;
import dev.noormme.annotations.Table;

@Table("tickets")
@Index(columns = "note")
public record Ticket(@Id Long id, @Column(nullable = false) String customer, Integer amount, Status status,
                     boolean paid, String note) {

    public enum Status { OPEN, CLOSED }
}

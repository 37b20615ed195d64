package grammar;

public record CustomerStatus(String customer, Ticket.Status status) {
}

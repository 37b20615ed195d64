package shop;

public record Summary(String customer, Integer amount) {
}

package dev.noormme.migration;

/**
 * A migration that has not been applied yet.
 *
 * @param version its version, as Flyway prints it ({@code 2.1})
 * @param description its description
 * @param type {@code SQL} for a file, {@code JDBC} for a Java migration
 */
public record PendingMigration(String version, String description, String type) {
}

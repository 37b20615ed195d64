package dev.noormme.migration;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Java migration with its version and description, as the generated {@code ServiceFactory}
 * hands it to {@code Database.open} (from each class's {@code @Migration}). Code that opens a
 * {@code Database} itself builds these by hand:
 * {@code new VersionedMigration("3", "Backfill display names", new V3_BackfillDisplayNames())}.
 *
 * @param version Flyway's version form: digits separated by dots or underscores
 * @param description what the migration does
 * @param step the migration
 */
public record VersionedMigration(String version, String description, MigrationStep step) {

    private static final Pattern VERSION = Pattern.compile("\\d+([._]\\d+)*");

    /** @throws IllegalArgumentException when the version is not digits separated by dots or underscores */
    public VersionedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(step, "step");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("Migration version '" + version + "' of " + step.getClass().getName()
                    + " is not digits separated by dots or underscores, such as 3 or 2.1");
        }
    }
}

package dev.noormme.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@code migrate()} run did. Immutable.
 *
 * @param fromVersion the schema version before the run; empty for a database without migrations
 * @param toVersion the schema version after it
 * @param applied each migration applied, in order; empty when nothing was pending
 * @param backup the backup written before the run and kept (see {@code DatabaseConfig.backupBeforeMigrate});
 *        empty when none was kept, and always on PostgreSQL
 * @param duration the whole run, backup included
 * @param transactionalDdl true when the database rolls a failing migration back whole, DDL included
 *        (PostgreSQL), so that no backup is needed and none is taken; false on SQLite, where a backup
 *        restores the state before a failed run
 */
public record MigrationReport(Optional<String> fromVersion, Optional<String> toVersion, List<Applied> applied,
        Optional<Path> backup, Duration duration, boolean transactionalDdl) {

    public MigrationReport {
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        applied = List.copyOf(applied);
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(duration, "duration");
    }

    /**
     * One applied migration.
     *
     * @param version its version
     * @param description its description
     * @param type {@code SQL} or {@code JDBC} (a Java migration)
     * @param duration how long it ran, as Flyway measured it (milliseconds)
     */
    public record Applied(String version, String description, String type, Duration duration) {
    }

    /** The applied versions, in order. */
    public List<String> versions() {
        return applied.stream().map(Applied::version).toList();
    }

    /**
     * The report for a person, one line per migration:
     * <pre>
     * Migrated from 1 to 3 in 41 ms (backup: /data/app.db.20260101-120000-000.v1.backup)
     *   V2 SQL  add email index (3 ms)
     *   V3 JDBC backfill names (12 ms)
     * </pre>
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        String from = fromVersion.orElse("an empty schema");
        if (applied.isEmpty()) {
            text.append("Schema is up to date at ").append(toVersion.map(v -> "version " + v).orElse("no version"))
                    .append(" (checked in ").append(duration.toMillis()).append(" ms)");
        } else {
            text.append("Migrated from ").append(from).append(" to ").append(toVersion.orElse("?"))
                    .append(" in ").append(duration.toMillis()).append(" ms")
                    .append(backup.map(path -> " (backup: " + path + ")").orElse(transactionalDdl
                            ? " (no backup: each migration ran in a transaction that a failure rolls back whole)"
                            : " (no backup kept)"));
        }
        for (Applied step : applied) {
            text.append(System.lineSeparator()).append("  V").append(step.version()).append(' ')
                    .append(String.format("%-4s", step.type())).append(' ').append(step.description())
                    .append(" (").append(step.duration().toMillis()).append(" ms)");
        }
        return text.toString();
    }
}

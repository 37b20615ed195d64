package dev.noormme.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A {@link MigrationStep} as Flyway sees it: version and description from its
 * {@link VersionedMigration} (the generated index), not from the class name, and always inside a
 * transaction. Flyway records it as type JDBC.
 */
final class StepAdapter implements JavaMigration {

    private final VersionedMigration migration;

    StepAdapter(VersionedMigration migration) {
        this.migration = migration;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(migration.version());
    }

    @Override
    public String getDescription() {
        return migration.description();
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        migration.step().migrate(context.getConnection());
    }

    @Override
    public String toString() {
        return "V" + migration.version() + " " + migration.description() + " (" + migration.step().getClass().getName() + ")";
    }
}

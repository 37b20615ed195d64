package dev.noormme.cli;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Dialect;
import dev.noormme.config.JournalMode;
import dev.noormme.migration.MigrationReport;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code noormme migrate <db> --locations ...}: the runtime's migration run, with its backup. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Applies the pending SQL migrations of --locations, after a backup.",
            "Through the runtime (Flyway): on SQLite an online backup is written next to the file first and kept"
                + " (PRODUCTION's backupBeforeMigrate), and a failed run is restored from it; on PostgreSQL each"
                + " migration's transaction rolls a failure back. Prints each migration applied and the backup."
                + " Exit code 1 when a migration fails."})
final class MigrateCommand extends DatabaseCommand {

    @Option(names = "--locations", split = ",", paramLabel = "<location>", required = true,
            description = "Where the V<version>__<description>.sql files are: filesystem:<folder> or a folder"
                    + " (comma-separated or repeated).")
    List<String> locations;

    @Option(names = "--create", description = "Create the SQLite file when it does not exist (otherwise a missing"
            + " file is an error, exit 66).")
    boolean create;

    @Option(names = "--baseline", paramLabel = "<version>",
            description = "Adopt a database that has tables but no migration history: record it at <version>"
                    + " (the runtime's baselineOnMigrate and baselineVersion) and run only the later migrations.")
    String baseline;

    @Override
    ExitCode run(Target target) {
        List<String> resolved = Locations.resolve(locations);
        // A new file gets the runtime's default journal mode; an existing one keeps its own.
        JournalMode journalMode = create && target.dialect() == Dialect.SQLITE && !Files.exists(target.file())
                ? JournalMode.WAL : target.requireDatabase();
        MigrationReport report;
        DatabaseConfig config = Opener.config(target, journalMode, database.busyTimeout, resolved);
        if (baseline != null) {
            try {
                config = config.toBuilder().baselineOnMigrate(true).baselineVersion(baseline).build();
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, "--baseline: " + e.getMessage());
            }
        }
        try (Database db = Database.open(config);
                Progress progress = Progress.show(err(), "Migrating " + target.describe())) {
            report = db.migrations().migrate();
        }
        out().println(target.describe() + ": " + report);
        return ExitCode.OK;
    }
}

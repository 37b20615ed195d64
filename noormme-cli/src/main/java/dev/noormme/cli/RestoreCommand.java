package dev.noormme.cli;

import dev.noormme.Database;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code noormme restore <db> <file>}: the runtime's restore, the online backup in reverse. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the content of the SQLite database <db> with the backup <file>'s, through",
            "SQLite's backup API: safe while applications use it (they see the old content or the new, never",
            "a mix). Both files must exist. SQLite only: restore PostgreSQL with pg_restore or psql."})
final class RestoreCommand extends DatabaseCommand {

    @Parameters(index = "1", paramLabel = "<file>", description = "The backup to restore from.")
    Path file;

    @Override
    ExitCode run(Target target) {
        Path backup = file.toAbsolutePath().normalize();
        if (target.file() != null) { // on PostgreSQL the runtime's refusal says what to use instead
            Target.requireSqliteFile(backup, backup.toString());
        }
        if (backup.equals(target.file())) {
            throw new CliFailure(ExitCode.USAGE, backup + ": is the database itself; give the backup file");
        }
        long start = System.nanoTime();
        try (Database db = Opener.open(target, database.busyTimeout, List.of());
                Progress progress = Progress.show(err(), "Restoring " + target.describe())) {
            db.migrations().restore(backup);
        }
        out().println(String.format("Restored %s from %s (%,d bytes) in %d ms", target.describe(), backup,
                BackupCommand.size(backup), (System.nanoTime() - start) / 1_000_000));
        return ExitCode.OK;
    }
}

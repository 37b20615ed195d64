package dev.noormme.cli;

import dev.noormme.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code noormme restore <db> <file>}: the runtime's restore, the online backup in reverse. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces a SQLite database's content with a backup's.",
            "Through SQLite's backup API in reverse: safe while applications use it (they see the old content or"
                + " the new, never a mix). Both files must exist. SQLite only: restore PostgreSQL with pg_restore"
                + " or psql."})
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
        Path wal = Path.of(backup + "-wal");
        Path shm = Path.of(backup + "-shm");
        boolean hadWalFiles = Files.exists(wal) || Files.exists(shm);
        long start = System.nanoTime();
        try (Database db = Opener.open(target, database.busyTimeout, List.of());
                Progress progress = Progress.show(err(), "Restoring " + target.describe())) {
            db.migrations().restore(backup);
        }
        if (!hadWalFiles) {
            removeEmptyWal(wal, shm);
        }
        out().println(String.format("Restored %s from %s (%,d bytes) in %d ms", target.describe(), backup,
                BackupCommand.size(backup), (System.nanoTime() - start) / 1_000_000));
        return ExitCode.OK;
    }

    /**
     * sqlite-jdbc's restore reads the backup on a read-only connection, which on a WAL-format
     * file creates {@code -wal} and {@code -shm} files that it may not remove when it closes. They
     * are removed here when this run made them and the WAL holds no frame (a read-only connection
     * writes none), so the backup's folder is left as it was.
     */
    private static void removeEmptyWal(Path wal, Path shm) {
        try {
            if (Files.exists(wal) && Files.size(wal) == 0) {
                Files.delete(wal);
                Files.deleteIfExists(shm);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.FAILED, "The restore succeeded, but " + wal + " could not be removed: "
                    + e.getMessage(), e);
        }
    }
}

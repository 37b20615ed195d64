package dev.noormme.cli;

import dev.noormme.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noormme backup <db> <file>}: the runtime's online backup. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of a SQLite database to <file> (online backup).",
            "SQLite's online backup: safe while applications use the database (their writes wait until the copy is"
                + " done). SQLite only: back up PostgreSQL with pg_dump."})
final class BackupCommand extends DatabaseCommand {

    @Parameters(index = "1", paramLabel = "<file>", description = "Where to write the copy.")
    Path file;

    @Option(names = "--force", description = "Replace <file> when it exists.")
    boolean force;

    @Override
    ExitCode run(Target target) {
        Path copy = file.toAbsolutePath().normalize();
        if (Files.isDirectory(copy)) {
            throw new CliFailure(ExitCode.CANNOT_CREATE, copy + ": is a directory; give the backup file's name");
        }
        if (Files.exists(copy) && !force) {
            throw new CliFailure(ExitCode.CANNOT_CREATE, copy + ": exists; give --force to replace it");
        }
        if (!Files.isDirectory(copy.getParent())) {
            throw new CliFailure(ExitCode.CANNOT_CREATE, copy.getParent() + ": no such folder for the backup");
        }
        if (copy.equals(target.file())) {
            throw new CliFailure(ExitCode.USAGE, copy + ": is the database itself; give another file");
        }
        long start = System.nanoTime();
        try (Database db = Opener.open(target, database.busyTimeout, List.of());
                Progress progress = Progress.show(err(), "Backing up " + target.describe())) {
            db.backup(copy);
        }
        out().println(String.format("Backed up %s to %s (%,d bytes) in %d ms", target.describe(), copy,
                size(copy), (System.nanoTime() - start) / 1_000_000));
        return ExitCode.OK;
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}

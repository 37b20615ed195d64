package dev.noormme.cli;

import dev.noormme.Database;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.config.JournalMode;
import dev.noormme.config.OptimizerSchedule;
import java.time.Duration;
import java.util.List;

/**
 * Opens a {@link Target} through the runtime, configured so that opening changes nothing: the
 * CLI has no entities, so the open itself must neither create a file or tables nor run anything
 * in the background. Starting from PRODUCTION (createSchema off, backupBeforeMigrate on):
 * <ul>
 * <li>the file is checked first ({@link Target#requireDatabase()}), so a missing file is never created;
 * <li>the journal mode is the file's own, so a file in rollback-journal mode is not switched to WAL;
 * <li>{@code migrateOnOpen} off: only {@code migrate} migrates, and reports what it did;
 * <li>no optimizer schedule, no monitor thread, no query cache, one reader connection;
 * <li>migration locations only those given with {@code --locations}, so no classpath folder is read.
 * </ul>
 */
final class Opener {

    private Opener() {
    }

    /** The settings {@link #open} uses, for a file whose journal mode is {@code journalMode}. */
    static DatabaseConfig config(Target target, JournalMode journalMode, Duration busyTimeout, List<String> locations) {
        return DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url(target.url())
                .journalMode(journalMode)
                .busyTimeout(busyTimeout)
                .busyRetries(0) // --busy-timeout is the whole wait, not one of several
                .createSchema(false)
                .migrateOnOpen(false)
                .migrationLocations(locations.toArray(String[]::new))
                .optimizerSchedule(OptimizerSchedule.off())
                .monitoring(false)
                .cacheEnabled(false)
                .readerPoolSize(1)
                .build();
    }

    /** Checks that the database exists and opens it with {@link #config}; the caller closes it. */
    static Database open(Target target, Duration busyTimeout, List<String> locations) {
        JournalMode journalMode = target.requireDatabase();
        return Database.open(config(target, journalMode, busyTimeout, locations));
    }
}

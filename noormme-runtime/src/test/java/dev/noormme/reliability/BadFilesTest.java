package dev.noormme.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.health.HealthCheck;
import dev.noormme.health.HealthReport;
import dev.noormme.health.HealthStatus;
import dev.noormme.internal.RepositorySupport;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what the application expects: each gives an error naming the path, or a
 * DOWN health report naming it, within seconds. (A WAL copied from another database is not here:
 * SQLite replays it without a complaint; RELIABILITY.md has the finding.)
 */
class BadFilesTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void fileThatIsNotADatabaseFailsTheOpenNamingItsPath() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "hello, this is not SQLite\n".repeat(200));
        NoormmeException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(NoormmeException.class, () -> Faults.open(file)));
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + " is not a SQLite database"), e.getMessage());
    }

    @Test
    void truncatedFileFailsTheOpenAsMalformedNamingItsPath() throws Exception {
        Path file = folder.resolve("truncated.db");
        fill(file, 2_000);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        NoormmeException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(NoormmeException.class, () -> Faults.open(file)));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()) && e.getMessage().contains("malformed"),
                e.getMessage());
    }

    /** Root writes wherever it likes, so a folder no one can write to is a path through a plain file. */
    @Test
    void folderThatCannotHoldTheFileFailsTheOpenNamingThePath() throws Exception {
        Path notAFolder = folder.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        Path file = notAFolder.resolve("app.db");
        NoormmeException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(NoormmeException.class, () -> Faults.open(file)));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString())
                && e.getMessage().contains("SQLITE_CANTOPEN"), e.getMessage());
    }

    @Test
    void readOnlyFolderFailsTheOpenOfANewFileNamingThePath() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not stop root from writing");
            Path file = readOnly.resolve("app.db");
            NoormmeException e = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(NoormmeException.class, () -> Faults.open(file)));
            assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Deleted under a running application, the file lives on in its open descriptors and SQLite
     * goes on writing there (the writes are lost with it); the health check is what notices.
     */
    @Test
    void fileDeletedUnderARunningApplicationReportsDownNamingItsPath() throws Exception {
        Path file = folder.resolve("deleted.db");
        fill(file, 10);
        try (Database database = Faults.open(file)) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            assertEquals(HealthStatus.UP, database.healthCheck().status());
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            accounts.insert(new Account("after-delete", "lost with the file"));
            HealthReport report = assertTimeoutPreemptively(NO_HANG, database::healthCheck);
            assertEquals(HealthStatus.DOWN, report.status(), report.toJson());
            HealthCheck integrity = report.checks().stream().filter(check -> check.name().equals("integrity"))
                    .findFirst().orElseThrow();
            assertEquals(HealthStatus.DOWN, integrity.status());
            assertTrue(integrity.detail().contains(file.toAbsolutePath() + " cannot be read"), integrity.detail());
        }
    }

    private static void fill(Path file, int rows) {
        try (Database database = Faults.open(file)) {
            List<Account> batch = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                batch.add(new Account("a" + i + "@example.com", "x".repeat(200)));
            }
            new RepositorySupport<>(database, AccountMapping.INSTANCE).insertAll(batch);
        }
    }
}

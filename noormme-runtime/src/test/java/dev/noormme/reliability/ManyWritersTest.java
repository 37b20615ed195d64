package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.fixtures.AccountQueries;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes of four threads each write and read one file at once: every acknowledged insert
 * and the last acknowledged update of each thread are in the file afterwards, and no caller saw
 * SQLITE_BUSY (the other process's lock is always released within busyTimeout here).
 *
 * <p>{@code -Dnoormme.faults.seconds=30} for the long run (default 3).
 */
class ManyWritersTest {

    private static final int PROCESSES = 2;
    private static final int THREADS = 4;

    @TempDir
    Path folder;

    @Test
    void twoProcessesOfFourThreadsLoseNoWriteAndSeeNoBusy() throws Exception {
        int seconds = Faults.size("noormme.faults.seconds", 3);
        Path file = folder.resolve("shared.db");
        Faults.open(file).close(); // the tables exist before both processes start
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(Faults.start(folder, "writer" + p, WriterProcess.class, file.toString(),
                    Integer.toString(p), Integer.toString(seconds), Integer.toString(THREADS)));
        }
        long ops = 0;
        long insertedAll = 0;
        long updatedAll = 0;
        try (Database database = Faults.open(file)) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            AccountQueries queries = new AccountQueries(database);
            for (int p = 0; p < PROCESSES; p++) {
                Process process = processes.get(p);
                assertTrue(process.waitFor(seconds + 120L, TimeUnit.SECONDS), "writer " + p + " finished");
                List<String> out = Files.readAllLines(folder.resolve("writer" + p + ".out"));
                assertEquals(0, process.exitValue(), "writer " + p + ": " + out
                        + Files.readString(folder.resolve("writer" + p + ".err")));
                String[] totals = out.get(THREADS).split(" ");
                assertEquals("0", totals[3], "SQLITE_BUSY seen by callers of writer " + p + ": " + out);
                assertEquals("0", totals[5], "failures in writer " + p + ": " + out);
                ops += Long.parseLong(totals[1]);
                for (int t = 0; t < THREADS; t++) {
                    String[] line = out.get(t).split(" ");
                    String prefix = "p" + p + "-t" + t + "-";
                    long inserted = Long.parseLong(line[3]);
                    assertEquals(inserted, accounts.queryLong("rows", DialectSql.portable("SELECT COUNT(*) FROM accounts WHERE email LIKE ?"
                            + " AND email <> ?"), statement -> {
                                statement.setString(1, prefix + "%");
                                statement.setString(2, prefix + "marker");
                                return 3;
                            }), "acknowledged inserts of " + prefix);
                    assertEquals("v" + line[5], queries.findByEmail(prefix + "marker").getName(),
                            "the last acknowledged update of " + prefix);
                    insertedAll += inserted;
                    updatedAll += Long.parseLong(line[5]);
                }
            }
            assertEquals(insertedAll, accounts.count() - PROCESSES * THREADS, "no row beyond the acknowledged ones");
        }
        System.out.printf("many writers: %d processes x %d threads, %d s, %d ops (%.0f ops/s), %d acknowledged writes"
                + " verified, 0 SQLITE_BUSY%n", PROCESSES, THREADS, seconds, ops, ops / (double) seconds, insertedAll + updatedAll);
    }
}

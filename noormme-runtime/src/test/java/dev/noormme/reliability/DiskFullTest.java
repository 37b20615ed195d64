package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file reaching its size limit in the middle of a transaction: {@code PRAGMA max_page_count}
 * is a setting of one connection, and NOORMME writes on one writer connection; a read inside
 * {@code inTransaction} runs on that writer, so the test sets the limit there through the public
 * API, with no access to the connection layer.
 */
class DiskFullTest {

    private static final int EARLIER = 100;
    private static final String NO_LIMIT = "PRAGMA max_page_count = 1073741823";

    @TempDir
    Path folder;

    @Test
    void fullDiskMidTransactionFailsClearlyRollsBackAndRecoversOnceSpaceIsBack() {
        try (Database database = Faults.open(folder.resolve("full.db"))) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            List<Account> earlier = new ArrayList<>();
            for (int i = 0; i < EARLIER; i++) {
                earlier.add(new Account("earlier" + i, "kept"));
            }
            accounts.insertAll(earlier);
            long pages = database.inTransaction(() -> writerPragma(accounts, "PRAGMA page_count"));
            assertEquals(pages + 4, database.inTransaction(() -> writerPragma(accounts,
                    "PRAGMA max_page_count = " + (pages + 4))), "the writer's limit is 4 pages above the file");

            AtomicInteger insertedBeforeFull = new AtomicInteger();
            NoormmeException full = assertThrows(NoormmeException.class, () -> database.inTransaction(() -> {
                for (int i = 0; i < 1_000; i++) {
                    accounts.insert(new Account("late" + i, "x".repeat(4_000)));
                    insertedBeforeFull.incrementAndGet();
                }
            }));
            assertTrue(insertedBeforeFull.get() > 0, "the limit was reached mid-transaction, not at its start");
            assertTrue(full.getMessage().contains("SQLITE_FULL") && full.getMessage().contains("full"),
                    "the message names the cause: " + full.getMessage());
            System.out.println("disk full: " + full.getMessage());
            assertEquals(EARLIER, accounts.count(), "the transaction was rolled back whole");
            assertEquals("kept", accounts.findAll().get(EARLIER - 1).getName(), "earlier data is intact");
            assertEquals(List.of("ok"), accounts.list("integrity", DialectSql.portable("PRAGMA integrity_check"), statement -> 1,
                    row -> row.getString(1)));

            database.inTransaction(() -> writerPragma(accounts, NO_LIMIT));
            database.inTransaction(() -> {
                for (int i = 0; i < 1_000; i++) {
                    accounts.insert(new Account("late" + i, "x".repeat(4_000)));
                }
            });
            assertEquals(EARLIER + 1_000, accounts.count(), "the database is usable again once space is back");
        }
    }

    /** A PRAGMA's value read on the writer: inside a transaction every call of the thread runs there. */
    private static long writerPragma(RepositorySupport<Account, Long> accounts, String pragma) {
        return accounts.queryLong("DiskFullTest.pragma", DialectSql.portable(pragma), statement -> 1);
    }
}

package dev.noormme.reliability;

import dev.noormme.internal.DialectSql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.connection.PoolState;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.internal.DatabaseAccess;
import dev.noormme.internal.RepositorySupport;
import dev.noormme.repository.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownTest {

    private static final int THREADS = 8;
    private static final long DEADLINE_MS = 20_000;
    private static final String LONG_QUERY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
            + " WHERE x < 5000000) SELECT COUNT(*) FROM c";

    @TempDir
    Path folder;

    @Test
    void closeWhileEightThreadsWorkEndsEveryCallClearlyAndLeavesNoConnectionOrThread() throws Exception {
        Path file = folder.resolve("closing.db");
        Set<Long> threadsBefore = noormmeThreads();
        Database database = Faults.open(file);
        RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
        AtomicLong calls = new AtomicLong();
        ConcurrentLinkedQueue<RuntimeException> endings = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(new Thread(() -> {
                try {
                    for (long i = 0; ; i++) {
                        if (i % 2 == 0) {
                            accounts.insert(new Account("t" + thread + "-" + i, "n"));
                        } else {
                            accounts.findAll(PageRequest.of(1, 20));
                        }
                        calls.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    endings.add(e);
                }
            }, "worker-" + t));
        }
        workers.forEach(Thread::start);
        long deadline = System.currentTimeMillis() + DEADLINE_MS;
        while (calls.get() < 200) {
            assertTrue(System.currentTimeMillis() < deadline, "the workers made no progress");
            Thread.sleep(1);
        }
        assertFalse(openFiles(file).isEmpty(), "the descriptor check sees the open database");
        assertTimeoutPreemptively(Duration.ofSeconds(20), database::close, "close() while threads work");
        for (Thread worker : workers) {
            worker.join(DEADLINE_MS);
            assertFalse(worker.isAlive(), worker.getName() + " still runs after close()");
        }
        assertEquals(THREADS, endings.size(), "every thread's next call failed");
        for (RuntimeException ending : endings) {
            assertEquals(NoormmeException.class, ending.getClass(), ending.toString());
            assertTrue(ending.getMessage().contains("closed"), ending.getMessage());
        }
        while (!openFiles(file).isEmpty() || !newThreads(threadsBefore).isEmpty()) {
            assertTrue(System.currentTimeMillis() < deadline + DEADLINE_MS, "left open after close(): "
                    + openFiles(file) + " threads " + newThreads(threadsBefore));
            Thread.sleep(10);
        }
    }

    @Test
    void threadInterruptedMidQueryLeavesThePoolWhole() throws Exception {
        try (Database database = Faults.open(folder.resolve("interrupt.db"))) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            PoolState idle = DatabaseAccess.pool(database);
            List<Object> outcome = new ArrayList<>();
            Thread reader = new Thread(() -> {
                Object result;
                try {
                    result = accounts.queryLong("ShutdownTest.long", DialectSql.portable(LONG_QUERY), statement -> 1);
                } catch (RuntimeException e) {
                    result = e;
                }
                synchronized (outcome) {
                    outcome.add(result);
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + DEADLINE_MS;
            while (DatabaseAccess.pool(database).readersIdle() == idle.readersTotal() && reader.isAlive()) {
                assertTrue(System.currentTimeMillis() < deadline, "the query never took a reader");
                Thread.sleep(1);
            }
            reader.interrupt();
            reader.join(DEADLINE_MS);
            assertFalse(reader.isAlive(), "the interrupted query ended");
            Object result = outcome.get(0);
            assertTrue(Long.valueOf(5_000_000).equals(result) || result instanceof NoormmeException,
                    "the query finished or failed clearly: " + result);
            // The monitor explains the slow query on a reader of its own for a moment: wait for it.
            while (DatabaseAccess.pool(database).readersIdle() != idle.readersTotal()) {
                assertTrue(System.currentTimeMillis() < deadline + DEADLINE_MS, "a reader never came back: "
                        + DatabaseAccess.pool(database));
                Thread.sleep(1);
            }
            assertFalse(DatabaseAccess.pool(database).writerBusy());
            accounts.insert(new Account("after-interrupt", "n"));
            assertEquals(1, accounts.count(), "reads and writes go on");
        }
    }

    private static Set<Long> noormmeThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("noormme-"))
                .map(Thread::getId).collect(Collectors.toSet());
    }

    private static Set<String> newThreads(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("noormme-") && !before.contains(t.getId()))
                .map(Thread::getName).collect(Collectors.toSet());
    }

    /** The descriptors of this JVM open on the database, its WAL or shared memory (Linux's /proc). */
    private static List<Path> openFiles(Path file) throws IOException {
        List<Path> open = new ArrayList<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    Path target = Files.readSymbolicLink(descriptor);
                    if (target.toString().startsWith(file.toAbsolutePath().toString())) {
                        open.add(target);
                    }
                } catch (IOException gone) {
                    // closed between the listing and the read: not open
                }
            }
        }
        return open;
    }
}

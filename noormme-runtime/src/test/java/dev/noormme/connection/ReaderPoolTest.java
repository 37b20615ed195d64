package dev.noormme.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader pool lends each reader to one caller at a time, opens no more than its capacity,
 * and lends a thread the reader it had last: real SQLite connections on a file in a temporary
 * folder, many threads at once.
 */
class ReaderPoolTest {

    @TempDir
    Path folder;

    private final List<Handle> opened = new ArrayList<>();
    private final AtomicInteger opens = new AtomicInteger();

    @AfterEach
    void closeReaders() throws SQLException {
        for (Handle handle : opened) {
            handle.close();
        }
    }

    private Handle open() throws SQLException {
        opens.incrementAndGet();
        Handle handle = new Handle(DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("pool.db")));
        synchronized (opened) {
            opened.add(handle);
        }
        return handle;
    }

    @Test
    void noReaderIsLentToTwoCallersAtOnceAndNoMoreThanTheCapacityOpen() throws Exception {
        ReaderPool pool = new ReaderPool(List.of(open()), 3, this::open);
        Map<Handle, Boolean> inUse = new ConcurrentHashMap<>();
        AtomicInteger doubleLent = new AtomicInteger();
        AtomicInteger lends = new AtomicInteger();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(executor.submit(() -> {
                start.await();
                for (int i = 0; i < 2_000; i++) {
                    Handle handle = pool.poll();
                    if (handle == null) {
                        handle = pool.poll(5_000);
                    }
                    assertNotNull(handle, "a reader within 5 s");
                    if (inUse.putIfAbsent(handle, Boolean.TRUE) != null) {
                        doubleLent.incrementAndGet();
                    }
                    lends.incrementAndGet();
                    inUse.remove(handle);
                    pool.offer(handle);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        executor.shutdown();
        assertEquals(0, doubleLent.get(), "a reader was lent to two callers at once");
        assertEquals(threads * 2_000, lends.get());
        assertTrue(opens.get() <= 3, "opened " + opens.get() + " readers for a capacity of 3");
        assertEquals(3, pool.idle(), "every reader back, none lent");
    }

    @Test
    void aThreadGetsTheReaderItHadLastAndAFullPoolLendsNothing() throws Exception {
        ReaderPool pool = new ReaderPool(List.of(open()), 2, this::open);
        Handle first = pool.poll();
        Handle second = pool.poll(); // the first is lent: a second is opened
        assertNotNull(second);
        assertNull(pool.poll(), "both lent, the capacity reached");
        assertNull(pool.poll(10), "nothing returned within 10 ms");
        pool.offer(first);
        pool.offer(second);
        assertSame(second, pool.poll(), "the reader this thread had last, though another is idle too");
    }

    @Test
    void aWaiterIsWokenByTheReturnOfAReader() throws Exception {
        ReaderPool pool = new ReaderPool(List.of(open()), 1, this::open);
        Handle only = pool.poll();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Future<Handle> waiter = executor.submit(() -> pool.poll(30_000));
        Thread.sleep(50); // most likely waiting by now; had it not started, it finds the reader idle instead
        pool.offer(only);
        assertSame(only, waiter.get(10, TimeUnit.SECONDS));
        executor.shutdown();
    }
}

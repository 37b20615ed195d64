package dev.noormme.reliability;

import dev.noormme.Database;
import dev.noormme.NoormmeException;
import dev.noormme.fixtures.Account;
import dev.noormme.fixtures.AccountMapping;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A child JVM of {@link ManyWritersTest}: {@code threads} threads write and read one file for
 * {@code seconds}, beside another such process. Each thread owns a marker row it renames to
 * {@code v<k>} (its k-th acknowledged update) and inserts rows with emails
 * {@code p<process>-t<thread>-<i>}, one at a time or five in a transaction. At the end it prints
 * one line per thread, {@code thread <t> inserted <rows> updated <k>}, then
 * {@code ops <n> busy <b> errors <e>} and the first failure's message, if any.
 *
 * <p>Arguments: database file, process number, seconds, threads.
 */
public final class WriterProcess {

    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String process = "p" + args[1];
        long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        int threads = Integer.parseInt(args[3]);
        AtomicLong ops = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstFailure = new ArrayList<>();
        long[] inserted = new long[threads];
        long[] updated = new long[threads];
        try (Database database = Faults.open(file)) {
            RepositorySupport<Account, Long> accounts = new RepositorySupport<>(database, AccountMapping.INSTANCE);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                String prefix = process + "-t" + t + "-";
                Account marker = accounts.insert(new Account(prefix + "marker", "v0"));
                workers.add(new Thread(() -> {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        try {
                            switch ((int) (i % 4)) {
                                case 0 -> {
                                    accounts.insert(new Account(prefix + inserted[thread], "row"));
                                    inserted[thread]++;
                                }
                                case 1 -> {
                                    long first = inserted[thread];
                                    database.inTransaction(() -> {
                                        List<Account> five = new ArrayList<>();
                                        for (int k = 0; k < 5; k++) {
                                            five.add(new Account(prefix + (first + k), "batch"));
                                        }
                                        accounts.insertAll(five);
                                    });
                                    inserted[thread] += 5;
                                }
                                case 2 -> {
                                    marker.setName("v" + (updated[thread] + 1));
                                    accounts.update(marker);
                                    updated[thread]++;
                                }
                                default -> {
                                    accounts.findById(marker.getId()).orElseThrow();
                                    accounts.count();
                                }
                            }
                            ops.incrementAndGet();
                        } catch (NoormmeException e) {
                            (String.valueOf(e.getMessage()).contains("SQLITE_BUSY") ? busy : errors).incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure.isEmpty()) {
                                    firstFailure.add(e.toString());
                                }
                            }
                        }
                    }
                }, "writer-" + t));
            }
            workers.forEach(Thread::start);
            for (Thread worker : workers) {
                worker.join();
            }
        }
        for (int t = 0; t < threads; t++) {
            System.out.println("thread " + t + " inserted " + inserted[t] + " updated " + updated[t]);
        }
        System.out.println("ops " + ops + " busy " + busy + " errors " + errors);
        firstFailure.forEach(System.out::println);
    }
}

package dev.noormme.benchmarks;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.optimize.OptimizationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * A measured harness (not JMH: the figure is the longest wait of concurrent callers, not a
 * throughput): 2,000,000 events, half of them past their 90-day retention; while
 * {@code optimizer().cleanup()} and then {@code optimizer().vacuum()} run, one thread calls
 * {@code findById} on kept rows in a loop and another inserts one row at a time. Every call is
 * timed; the report gives each phase's p50, p99 and max per loop, and what the optimizer did.
 *
 * <pre>{@code
 * java --enable-native-access=ALL-UNNAMED -cp noormme-benchmarks/target/benchmarks.jar \
 *     dev.noormme.benchmarks.RetentionPauses [rows [optimizerWalLimitMb]]
 * }</pre>
 */
public final class RetentionPauses {

    private static final int BATCH = 10_000;

    private RetentionPauses() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int walLimitMb = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        Path folder = Files.createTempDirectory("noormme-retention");
        Path file = folder.resolve("events.db");
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.PRODUCTION).toBuilder()
                .url("jdbc:sqlite:" + file).createSchema(true).monitoring(false)
                .optimizerSchedule("off").optimizerWalLimitMb(walLimitMb).build();
        try (ServiceFactory services = ServiceFactory.create(config)) {
            EventsRepository events = services.eventsRepository();
            long start = System.nanoTime();
            fill(events, rows);
            services.database().optimizer().checkpoint();
            System.out.printf(Locale.ROOT, "Filled %,d rows (%,d expired) in %.1f s; file %s%n", rows, rows / 2,
                    seconds(System.nanoTime() - start), size(file));

            Loops loops = new Loops(events, rows / 2 + 1, rows);
            loops.start();
            Thread.sleep(2_000);
            loops.report("quiet (2 s, no maintenance)");

            OptimizationReport cleanup = services.database().optimizer().cleanup();
            loops.report("during cleanup()");
            System.out.println(cleanup);

            OptimizationReport vacuum = services.database().optimizer().vacuum();
            loops.report("during vacuum()");
            System.out.println(vacuum);
            loops.stop();
            System.out.printf(Locale.ROOT, "File after: %s; rows kept: %,d%n", size(file), events.count());
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            Files.deleteIfExists(folder);
        }
    }

    /** The first half 200 days old (expired), the second a day old; ids follow that order. */
    private static void fill(EventsRepository events, int rows) {
        Instant now = Instant.now();
        String payload = "x".repeat(100);
        List<Event> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < rows; i++) {
            Instant createdAt = now.minus(Duration.ofDays(i < rows / 2 ? 200 : 1)).plusMillis(i);
            batch.add(new Event(null, "event", payload, createdAt));
            if (batch.size() == BATCH) {
                events.insertAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            events.insertAll(batch);
        }
    }

    /** The concurrent findById loop and single-row insert loop, each timing every call. */
    private static final class Loops {
        private final EventsRepository events;
        private final long firstKept;
        private final long lastKept;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Recorder reads = new Recorder(3);
        private final Recorder inserts = new Recorder(3);
        private final List<Thread> threads = new ArrayList<>();
        private long phaseStart = System.nanoTime();

        Loops(EventsRepository events, long firstKept, long lastKept) {
            this.events = events;
            this.firstKept = firstKept;
            this.lastKept = lastKept;
        }

        void start() {
            threads.add(new Thread(() -> {
                while (running.get()) {
                    long id = ThreadLocalRandom.current().nextLong(firstKept, lastKept + 1);
                    long start = System.nanoTime();
                    if (events.findById(id).isEmpty()) {
                        throw new AssertionError("kept row " + id + " is gone");
                    }
                    reads.recordValue(System.nanoTime() - start);
                }
            }, "findById-loop"));
            threads.add(new Thread(() -> {
                String payload = "y".repeat(100);
                while (running.get()) {
                    long start = System.nanoTime();
                    events.insert(new Event(null, "live", payload, Instant.now()));
                    inserts.recordValue(System.nanoTime() - start);
                }
            }, "insert-loop"));
            threads.forEach(Thread::start);
            phaseStart = System.nanoTime();
            reads.reset();
            inserts.reset();
        }

        /** Prints the calls since the last report and starts a new phase. */
        void report(String phase) {
            long now = System.nanoTime();
            Histogram read = reads.getIntervalHistogram();
            Histogram insert = inserts.getIntervalHistogram();
            System.out.printf(Locale.ROOT, "%s, %.2f s: findById %,d calls p50 %s p99 %s max %s;"
                    + " insert %,d calls p50 %s p99 %s max %s%n", phase, seconds(now - phaseStart),
                    read.getTotalCount(), ms(read.getValueAtPercentile(50)), ms(read.getValueAtPercentile(99)),
                    ms(read.getMaxValue()), insert.getTotalCount(), ms(insert.getValueAtPercentile(50)),
                    ms(insert.getValueAtPercentile(99)), ms(insert.getMaxValue()));
            phaseStart = now;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String size(Path file) throws IOException {
        return String.format(Locale.ROOT, "%.1f MiB", Files.size(file) / 1048576.0);
    }
}

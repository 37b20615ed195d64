package dev.noormme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.fixtures.Sample;
import dev.noormme.fixtures.SampleMapping;
import dev.noormme.fixtures.TestDatabases;
import dev.noormme.internal.RepositorySupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 200;

    @TempDir
    Path folder;

    @Test
    void eightThreadsWritingAndReadingAtOnceLoseNoRow() throws Exception {
        try (Database database = TestDatabases.open(folder)) {
            RepositorySupport<Sample, Long> samples = new RepositorySupport<>(database, SampleMapping.INSTANCE);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < ROUNDS; i++) {
                        String text = "t" + thread + "-" + i;
                        long id = switch (i % 4) {
                            case 0 -> samples.insert(Sample.minimal(text)).id();
                            case 1 -> database.inTransaction(() -> samples.insert(Sample.minimal(text)).id());
                            case 2 -> samples.insertAll(List.of(Sample.minimal(text))).get(0).id();
                            default -> samples.save(Sample.minimal(text)).id();
                        };
                        ids.add(id);
                        assertEquals(text, samples.findById(id).orElseThrow().text(), "a reader sees a committed row");
                        assertTrue(samples.count() >= ids.size());
                        samples.findAll(dev.noormme.repository.PageRequest.of(1, 5));
                    }
                    return ids;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertEquals(THREADS * ROUNDS, all.size(), "every id is distinct");
            assertEquals(THREADS * ROUNDS, samples.count(), "no row is lost");
            assertEquals(all, new HashSet<>(samples.findAll().stream().map(Sample::id).toList()));
        }
    }
}

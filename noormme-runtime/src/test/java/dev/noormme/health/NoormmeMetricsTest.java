package dev.noormme.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.NoormmeException;
import dev.noormme.cache.internal.CachedQuery;
import dev.noormme.fixtures.Account;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoormmeMetricsTest {

    @TempDir
    Path folder;

    private static Workload open(Path folder) {
        return Workload.open(folder, b -> b.slowQueryThreshold(Duration.ofSeconds(10)));
    }

    @Test
    void queriesArePublishedAsFunctionTimersWithErrorsAndPercentiles() {
        try (Workload work = open(folder)) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            assertThrows(NoormmeException.class, () -> work.accounts.insert(new Account("ada@example.com", "Again")));
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new NoormmeMetrics(work.database, Tags.of("db", "accounts")).bindTo(registry);

            String insert = "AccountsRepository.insert";
            FunctionTimer timer = registry.get("noormme.query").tags("query", insert, "db", "accounts").functionTimer();
            assertEquals(2, timer.count());
            QueryStats stats = work.database.monitor().stats(insert);
            assertEquals(stats.mean().toNanos() * 2, timer.totalTime(TimeUnit.NANOSECONDS), 1.0);
            assertEquals(1, registry.get("noormme.query.errors").tag("query", insert).functionCounter().count());
            assertEquals(stats.p95().toNanos(), registry.get("noormme.query.percentile").tags("query", insert, "phi", "0.95")
                    .timeGauge().value(TimeUnit.NANOSECONDS), 1.0);
            assertEquals(stats.max().toNanos(), registry.get("noormme.query.max").tag("query", insert).timeGauge()
                    .value(TimeUnit.NANOSECONDS), 1.0);
            assertEquals(3, registry.get("noormme.query.percentile").tag("query", insert).timeGauges().size());
        }
    }

    @Test
    void aQueryFirstRunAfterBindingIsPublishedWhenTheRegistryNextReads() {
        try (Workload work = open(folder)) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new NoormmeMetrics(work.database).bindTo(registry);
            assertEquals(0, registry.get("noormme.queries").gauge().value());

            work.accounts.count();
            assertNull(registry.find("noormme.query").tag("query", "AccountsRepository.count").functionTimer());
            assertEquals(1, registry.get("noormme.queries").gauge().value()); // what a scrape does
            assertEquals(1, registry.get("noormme.query").tag("query", "AccountsRepository.count").functionTimer().count());
        }
    }

    @Test
    void cacheAndPoolFiguresArePublished() {
        try (Workload work = open(folder)) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new NoormmeMetrics(work.database).bindTo(registry);
            CachedQuery<Optional<Account>> findById = work.accounts.cached("AccountsRepository.findById",
                    Duration.ofMinutes(5), "accounts");
            Account ada = work.accounts.insert(new Account("ada@example.com", "Ada"));
            findById.get(ada.getId(), () -> work.accounts.findById(ada.getId()));
            findById.get(ada.getId(), () -> work.accounts.findById(ada.getId()));
            System.gc(); // the binder is not referenced any more: its meters must still read the database

            assertEquals(1, registry.get("noormme.cache.hits").functionCounter().count());
            assertEquals(1, registry.get("noormme.cache.misses").functionCounter().count());
            assertEquals(0.5, registry.get("noormme.cache.hit.ratio").gauge().value());
            assertEquals(1, registry.get("noormme.cache.size").gauge().value());
            assertEquals(0, registry.get("noormme.cache.stale.serves").functionCounter().count());
            assertEquals(0, registry.get("noormme.pool.connections.active").gauge().value());
            assertEquals(4, registry.get("noormme.pool.connections.idle").gauge().value());
            assertEquals(5, registry.get("noormme.pool.connections.max").gauge().value());
            FunctionTimer readerWaits = registry.get("noormme.pool.wait").tag("connection", "reader").functionTimer();
            assertNotNull(registry.get("noormme.pool.wait.max").tag("connection", "writer").timeGauge());
            assertEquals(0, readerWaits.count());
            assertTrue(registry.getMetersAsString().contains("noormme.pool.wait"));
        }
    }
}

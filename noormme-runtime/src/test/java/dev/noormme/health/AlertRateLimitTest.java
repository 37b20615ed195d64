package dev.noormme.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.noormme.fixtures.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertRateLimitTest {

    @TempDir
    Path folder;

    @Test
    void aHotSlowQueryIsAlertedOncePerIntervalWithTheRepeatsCounted() {
        try (Workload work = Workload.open(folder, b -> b.alertInterval(Duration.ofSeconds(1)))) {
            work.accounts.insert(new Account("ada@example.com", "Ada"));
            int runs = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (slowAlerts(work).stream().noneMatch(a -> a.repeats() > 0) && System.nanoTime() < deadline) {
                work.slowByName("Ada");
                runs++;
            }
            int ran = runs;
            Workload.await(() -> work.database.monitor().slowQueries().stream()
                    .filter(q -> q.name().equals(Workload.SLOW_BY_NAME)).count() == Math.min(ran, 100), "every slow run");

            List<Alert> alerts = slowAlerts(work);
            assertEquals(0, alerts.get(0).repeats(), alerts.toString());
            assertTrue(alerts.stream().anyMatch(a -> a.repeats() > 0), alerts.toString());
            assertTrue(alerts.size() < runs, alerts.size() + " alerts for " + runs + " slow runs");
            long accounted = alerts.size() + alerts.stream().mapToLong(Alert::repeats).sum();
            assertTrue(accounted <= runs, accounted + " alerts and repeats for " + runs + " slow runs");
        }
    }

    private static List<Alert> slowAlerts(Workload work) {
        return work.alerts.stream().filter(a -> a.kind() == AlertKind.SLOW_QUERY
                && a.subject().equals(Workload.SLOW_BY_NAME)).toList();
    }
}

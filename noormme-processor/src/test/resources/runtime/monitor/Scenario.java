package monitor;

import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.health.Monitor;
import dev.noormme.health.SlowQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs one slow query (tens of milliseconds) under each repository's threshold, on a database
 * whose default threshold is 1 ms, and reports what the monitor saw.
 */
public final class Scenario implements Function<String, List<String>> {

    @Override
    public List<String> apply(String url) {
        // The lowest default there is, so only a repository's own threshold keeps its query off the list.
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .slowQueryThreshold(Duration.ofMillis(1)).build();
        List<String> seen = new ArrayList<>();
        try (ServiceFactory factory = ServiceFactory.create(config)) {
            Tasks tasks = factory.tasks();
            Reports reports = factory.reports();
            Task task = tasks.insert(new Task(null, "write"));
            tasks.findById(task.id());
            tasks.findById(task.id() + 1);
            seen.add("counted=" + reports.countToThreeHundredThousand() + "," + tasks.countToThreeHundredThousand());
            Monitor monitor = factory.database().monitor();
            List<SlowQuery> slow = awaitSlowQuery(monitor, "Tasks.countToThreeHundredThousand");
            // CRUD calls may pass the 1 ms default too; only the two counting queries are compared.
            List<SlowQuery> counting = slow.stream().filter(query -> query.name().endsWith(".countToThreeHundredThousand"))
                    .toList();
            seen.add("slow=" + counting.stream().map(SlowQuery::name).toList());
            seen.add("threshold=" + counting.get(0).threshold());
            seen.add("findById=" + monitor.stats("Tasks.findById").count());
            seen.add("insert=" + monitor.stats("Tasks.insert").count());
            seen.add("reportsRan=" + monitor.stats("Reports.countToThreeHundredThousand").count());
        }
        return seen;
    }

    /** Slow queries are explained and listed on the monitor's own thread, so they show up a moment later. */
    private static List<SlowQuery> awaitSlowQuery(Monitor monitor, String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<SlowQuery> slow = monitor.slowQueries();
            if (slow.stream().anyMatch(query -> query.name().equals(name))) {
                return slow;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(name + " never reached the slow queries: " + monitor.slowQueries());
    }
}

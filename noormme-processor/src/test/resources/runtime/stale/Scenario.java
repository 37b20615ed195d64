package stale;

import dev.noormme.CircuitOpenException;
import dev.noormme.NoormmeException;
import dev.noormme.config.DatabaseConfig;
import dev.noormme.config.Environment;
import dev.noormme.internal.DialectSql;
import dev.noormme.internal.RepositorySupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fills the disk under generated repositories until the circuit breaker opens ({@code PRAGMA
 * max_page_count} on the writer), then reads through their {@code @Cached} methods.
 */
public final class Scenario implements Function<String, List<String>> {

    @Override
    public List<String> apply(String url) {
        DatabaseConfig config = DatabaseConfig.forEnvironment(Environment.TEST).toBuilder().url(url)
                .circuitBreakerThreshold(3).circuitBreakerOpenDuration(Duration.ofMinutes(10)).build();
        List<String> seen = new ArrayList<>();
        try (ServiceFactory factory = ServiceFactory.create(config)) {
            Notes notes = factory.notes();
            RepositorySupport<Note, Long> writer = new RepositorySupport<>(factory.database(), Note_Mapping.INSTANCE, "pragma");
            Note kept = notes.insert(new Note(null, "kept", "before"));
            notes.findById(kept.id());
            notes.findByTitle("kept");
            notes.countByTitle("kept");

            long pages = onWriter(factory, writer, "PRAGMA page_count");
            onWriter(factory, writer, "PRAGMA max_page_count = " + pages);
            for (int i = 0; i < 3; i++) {
                seen.add("write" + i + "=" + outcome(() -> notes.insert(new Note(null, "big", "x".repeat(64 * 1024)))));
            }
            seen.add("findById=" + outcome(() -> notes.findById(kept.id()).map(Note::body).orElse("none")));
            seen.add("findByTitle=" + outcome(() -> notes.findByTitle("kept").size()));
            seen.add("countByTitle=" + outcome(() -> notes.countByTitle("kept")));
            seen.add("otherId=" + outcome(() -> notes.findById(kept.id() + 1)));
            seen.add("staleServes=" + factory.database().cache().stats().staleServes());
        }
        return seen;
    }

    private static String outcome(Supplier<Object> call) {
        try {
            return String.valueOf(call.get());
        } catch (CircuitOpenException open) {
            return "circuit open";
        } catch (NoormmeException failed) {
            return failed.getMessage().contains("SQLITE_FULL") ? "full" : failed.getMessage();
        }
    }

    private static long onWriter(ServiceFactory factory, RepositorySupport<Note, Long> writer, String pragma) {
        return factory.database().inTransaction(
                () -> writer.value("Notes.pragma", DialectSql.portable(pragma), statement -> 1, row -> row.getLong(1)));
    }
}

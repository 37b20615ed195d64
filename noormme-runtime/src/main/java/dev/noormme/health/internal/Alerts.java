package dev.noormme.health.internal;

import dev.noormme.health.Alert;
import dev.noormme.health.AlertKind;
import dev.noormme.health.Severity;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Raises alerts: logs each through {@code System.Logger} at its severity's level and hands it to
 * the listeners. The same kind and subject is raised at most once per interval; the repeats in
 * between are counted and reported with the next one. Runs on the monitor's thread only.
 */
final class Alerts {

    private static final System.Logger LOG = System.getLogger("dev.noormme.health");

    private record Quiet(Instant until, long repeats) {
    }

    private final long intervalMillis;
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private final Set<Consumer<Alert>> failedListeners = ConcurrentHashMap.newKeySet();
    private final Map<String, Quiet> quiet = new HashMap<>();

    Alerts(Duration interval) {
        this.intervalMillis = interval.toMillis();
    }

    void listen(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    void raise(Severity severity, AlertKind kind, String subject, String message, String recommendation) {
        Instant now = Instant.now();
        String key = kind + "\u0000" + subject;
        Quiet last = quiet.get(key);
        if (last != null && now.isBefore(last.until())) {
            quiet.put(key, new Quiet(last.until(), last.repeats() + 1));
            return;
        }
        long repeats = last == null ? 0 : last.repeats();
        quiet.put(key, new Quiet(now.plusMillis(intervalMillis), 0));
        Alert alert = new Alert(severity, kind, subject, message, recommendation, now, repeats);
        LOG.log(level(severity), "{0} {1}: {2}{3} Recommendation: {4}", severity, kind, message,
                repeats == 0 ? "" : " (" + repeats + " more since the last alert)", recommendation);
        for (Consumer<Alert> listener : listeners) {
            try {
                listener.accept(alert);
            } catch (RuntimeException e) {
                if (failedListeners.add(listener)) {
                    LOG.log(Level.WARNING, "An alert listener threw; it keeps receiving alerts, and this is"
                            + " logged once: " + listener, e);
                }
            }
        }
    }

    private static Level level(Severity severity) {
        return switch (severity) {
            case INFO -> Level.INFO;
            case WARNING -> Level.WARNING;
            case CRITICAL -> Level.ERROR;
        };
    }
}

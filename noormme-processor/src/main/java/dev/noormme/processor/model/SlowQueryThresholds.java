package dev.noormme.processor.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code @SlowQueryThreshold}s of a repository, which the generated constructor hands to the
 * monitor.
 *
 * @param repository the threshold of every query of the repository; null when the interface has none
 * @param queries the thresholds of single queries by their monitored name
 *     ({@code Invoices.findByStatus}, {@code Invoices.findAll}), CRUD re-declarations included;
 *     each wins over the repository's
 */
public record SlowQueryThresholds(AnnotatedDuration repository, SortedMap<String, AnnotatedDuration> queries) {

    public SlowQueryThresholds {
        queries = Collections.unmodifiableSortedMap(new TreeMap<>(queries));
    }

    /** No threshold: every query has the environment's default. */
    public static SlowQueryThresholds none() {
        return new SlowQueryThresholds(null, new TreeMap<>(Map.of()));
    }
}

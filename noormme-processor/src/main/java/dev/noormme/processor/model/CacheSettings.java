package dev.noormme.processor.model;

/**
 * How one read is cached, as {@code @Cached} says: {@code @Cached(ttl = "5m", staleIfError = "1h")}.
 *
 * @param ttl how long a result is served
 * @param staleIfError how long after it was loaded a result may be served while the database
 *     fails; null when the annotation names none (the database's setting applies)
 */
public record CacheSettings(AnnotatedDuration ttl, AnnotatedDuration staleIfError) {
}

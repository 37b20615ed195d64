package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches the results of a repository read method, or of every read method of a repository
 * (its {@code CrudRepository} reads included), in the database's query cache.
 *
 * <pre>{@code
 * @Cached(ttl = "5m")
 * Optional<User> findById(Long id);   // re-declared to add caching
 * }</pre>
 *
 * <p>A cached result is never stale through NOORMME's own writes: the processor knows which
 * tables each read reads and each write writes (foreign-key cascades and triggers included), and
 * a committed write evicts every cached result that read one of its tables. Writes by other
 * connections or processes flush the cache within the database's poll interval. The key is the
 * method and its arguments (arrays and collections by value). A method-level {@code @Cached}
 * overrides the repository's. {@code @Cached} on a write method, or a {@code ttl} or
 * {@code staleIfError} that is not a duration, is a compile error.
 *
 * <p>Stale-if-error: {@code @Cached(ttl = "5m", staleIfError = "1h")} lets a read whose query fails
 * because the database does not work (its circuit breaker is open, or SQLite failed with an
 * I/O-class error) return the last value it loaded for the same arguments, if that was loaded
 * less than an hour ago. Never inside a transaction that wrote one of the tables it reads.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Cached {
    /**
     * How long a result may be served after it was read: {@code <n>ms}, {@code <n>s},
     * {@code <n>m}, {@code <n>h} or {@code <n>d}, e.g. {@code "5m"}; checked at compile time.
     */
    String ttl();

    /**
     * How long after it was loaded a result may still be returned while the database fails, in
     * the same form as {@link #ttl()}, e.g. {@code "1h"}; checked at compile time. Absent: the
     * database's {@code cacheStaleIfError} setting (off unless set).
     */
    String staleIfError() default "";
}

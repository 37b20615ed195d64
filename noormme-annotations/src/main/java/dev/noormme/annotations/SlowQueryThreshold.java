package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long a query of a repository may take before the database's monitor counts it as slow,
 * lists it in {@code database.monitor().slowQueries()} with SQLite's plan, and raises an alert.
 *
 * <pre>{@code
 * @Repository
 * @SlowQueryThreshold("50ms")                 // every method of the repository, CRUD included
 * public interface UsersRepository extends CrudRepository<User, Long> {
 *     @SlowQueryThreshold("20ms")             // this method: wins over the repository's
 *     List<User> findAll();                   // re-declared to set its threshold
 * }
 * }</pre>
 *
 * <p>On a repository interface it applies to all its methods; on a method it wins over the
 * repository's. Without it, a query's threshold is the environment's default
 * ({@code DatabaseConfig.slowQueryThreshold()}). The value is parsed at compile time; one that is
 * not a positive duration is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SlowQueryThreshold {
    /**
     * The threshold: {@code <n>ms}, {@code <n>s}, {@code <n>m}, {@code <n>h} or {@code <n>d} with
     * n &gt; 0, e.g. {@code "50ms"}; checked at compile time.
     */
    String value();
}

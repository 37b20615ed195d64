package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SQL for a repository method, checked at compile time: the processor prepares it against the
 * schema of every {@link Table} entity in an in-memory SQLite database and fails the build on
 * the method when SQLite refuses it or its result does not fit the return type.
 *
 * <pre>{@code
 * @Query("SELECT * FROM users WHERE email LIKE :domain ORDER BY id")
 * List<User> withEmailLike(String domain);
 *
 * @Query("UPDATE users SET display_name = :name WHERE id = :id")
 * int rename(long id, String name);
 * }</pre>
 *
 * <p>Parameters are named {@code :name} after the method's parameters; every one must be used,
 * and values are always bound, never pasted. A {@code Collection} parameter expands for
 * {@code IN (:ids)}. Results map to the entity (every entity column must be present), to a record
 * projection (columns matched to components by name), or to a scalar; {@code Optional} and
 * {@code List} of those; {@code int}, {@code long} or {@code void} for INSERT, UPDATE and DELETE.
 *
 * <p>The same text runs on SQLite and on PostgreSQL when it is portable. When it cannot be (a
 * SQLite function such as {@code decimal_sum}, a PostgreSQL operator), {@link #postgresql()} gives
 * the text PostgreSQL runs instead: same parameters, same result columns.
 *
 * <pre>{@code
 * @Query(value = "SELECT user_id, decimal_sum(amount) AS total FROM payments GROUP BY user_id",
 *        postgresql = "SELECT user_id, SUM(amount) AS total FROM payments GROUP BY user_id")
 * List<Total> totals();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    /** The SQL, with {@code :name} parameters; checked against SQLite at compile time. */
    String value();

    /**
     * The SQL PostgreSQL runs in place of {@link #value()}, with the same {@code :name}
     * parameters and result columns; empty (the default) when {@code value} runs on both.
     */
    String postgresql() default "";
}

package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record, or a class with a public no-argument constructor, as a table. The annotation
 * processor writes its schema and its row mapping at compile time.
 *
 * <pre>{@code
 * @Table("users")
 * public record User(@Id Long id, @Column(unique = true) String email, Instant createdAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name; when empty, the snake_case of the simple name (never pluralised). */
    String value() default "";
}

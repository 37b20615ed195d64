package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index on a {@link Table} entity; repeatable.
 *
 * <pre>{@code
 * @Table("payments")
 * @Index(columns = {"user_id", "created_at"})
 * public record Payment(...) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
    /** Column names (as in the table, not Java property names), in index order. */
    String[] columns();

    /** True makes it a UNIQUE index. */
    boolean unique() default false;

    /** The index name; when empty, {@code <table>_<column>_..._idx}. */
    String name() default "";

    /** Holds repeated {@link Index} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Index[] value();
    }
}

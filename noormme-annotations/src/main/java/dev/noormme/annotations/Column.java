package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides how a property of a {@link Table} entity maps to its column. Without it, the column
 * is the snake_case of the property name, nullable unless the type is primitive.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Column {
    /** The column name; when empty, the snake_case of the property name. */
    String name() default "";

    /** False adds {@code NOT NULL}. Primitive properties are always NOT NULL. */
    boolean nullable() default true;

    /** True adds a {@code UNIQUE} constraint on this column alone. */
    boolean unique() default false;
}

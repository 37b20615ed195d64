package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary key of a {@link Table} entity; exactly one per entity.
 *
 * <p>{@code Long}, {@code long}, {@code Integer} and {@code int} ids become an
 * {@code INTEGER PRIMARY KEY} that SQLite generates when the value passed to {@code insert} is
 * null (or 0 for primitives). {@code String} and {@code UUID} ids are supplied by the caller.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface Id {
}

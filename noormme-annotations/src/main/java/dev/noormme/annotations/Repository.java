package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface extending {@code dev.noormme.repository.CrudRepository<T, ID>} whose
 * implementation the annotation processor writes. The implementation uses no reflection and
 * takes part in the current transaction of the calling thread.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Repository {
}

package dev.noormme.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Java migration: a public class with a public no-argument constructor implementing
 * {@code dev.noormme.migration.MigrationStep}. The processor checks it and lists it, with its
 * version and description, in the generated {@code ServiceFactory}, which hands every migration
 * to the database: nothing is found by scanning the classpath at run time.
 *
 * <pre>{@code
 * @Migration(version = "3", description = "Backfill display names")
 * public final class V3_BackfillDisplayNames implements MigrationStep {
 *     public void migrate(Connection c) throws Exception { ... }
 * }
 * }</pre>
 *
 * <p>Java migrations run in version order together with the SQL files
 * {@code db/migration/V<version>__<description>.sql} on the classpath; a version is used once
 * across both kinds.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Migration {
    /** Flyway's version form: digits separated by dots or underscores, e.g. {@code 3} or {@code 2.1}. */
    String version();

    /** What the migration does, shown in reports and in the schema history. */
    String description();
}

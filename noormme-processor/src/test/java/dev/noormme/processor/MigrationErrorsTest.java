package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.noormme.annotations.Migration;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every @Migration message of the catalogue, with the line it points at. */
class MigrationErrorsTest {

    private static JavaFileObject migration(String simpleName, String body) {
        return JavaFileObjects.forSourceString("test." + simpleName, """
                package test;

                import dev.noormme.annotations.Migration;
                import dev.noormme.migration.MigrationStep;
                import java.sql.Connection;

                """ + body);
    }

    @Test
    void classNotImplementingMigrationStepIsReportedOnTheClass() {
        JavaFileObject source = migration("V1_Create", """
                @Migration(version = "1", description = "Create")
                public class V1_Create {
                    public void migrate(Connection c) {}
                }
                """);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_NOT_STEP.format("test.V1_Create", "V1_Create"))
                .inFile(source).onLineContaining("public class V1_Create");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void classWithoutPublicNoArgumentConstructorIsReportedOnTheClass() {
        JavaFileObject source = migration("V1_Create", """
                @Migration(version = "1", description = "Create")
                public class V1_Create implements MigrationStep {
                    public V1_Create(String name) {}
                    public void migrate(Connection c) {}
                }
                """);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_NO_CONSTRUCTOR.format("test.V1_Create", "V1_Create"))
                .inFile(source).onLineContaining("public class V1_Create");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void classThatIsNotPublicIsReportedOnTheAnnotation() {
        JavaFileObject source = migration("V1_Create", """
                @Migration(version = "1", description = "Create")
                class V1_Create implements MigrationStep {
                    public void migrate(Connection c) {}
                }
                """);
        assertThat(compile(source)).hadErrorContaining(
                        ProcessorErrors.MIGRATION_NOT_INSTANTIABLE.format("test.V1_Create", "not public"))
                .inFile(source).onLineContaining("@Migration(version = \"1\"");
    }

    @Test
    void innerClassIsReportedOnTheAnnotation() {
        JavaFileObject source = migration("Migrations", """
                public class Migrations {
                    @Migration(version = "1", description = "Create")
                    public class V1_Create implements MigrationStep {
                        public void migrate(Connection c) {}
                    }
                }
                """);
        assertThat(compile(source)).hadErrorContaining(ProcessorErrors.MIGRATION_NOT_INSTANTIABLE.format(
                        "test.Migrations.V1_Create", "an inner (non-static) class"))
                .inFile(source).onLineContaining("@Migration(version = \"1\"");
    }

    @Test
    void duplicateVersionIsReportedOnTheSecondNamingTheFirst() {
        JavaFileObject first = migration("V1_Create", """
                @Migration(version = "1", description = "Create")
                public class V1_Create implements MigrationStep {
                    public void migrate(Connection c) {}
                }
                """);
        JavaFileObject second = migration("V1_Seed", """
                @Migration(version = "1.0", description = "Seed")
                public class V1_Seed implements MigrationStep {
                    public void migrate(Connection c) {}
                }
                """);
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_DUPLICATE_VERSION.format(
                        "test.V1_Seed", "1.0", "test.V1_Create"))
                .inFile(second).onLineContaining("public class V1_Seed");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void invalidVersionIsReportedOnTheVersionValue() {
        JavaFileObject source = migration("VNext", """
                @Migration(
                        version = "v2-beta",
                        description = "Next")
                public class VNext implements MigrationStep {
                    public void migrate(Connection c) {}
                }
                """);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_INVALID_VERSION.format("test.VNext", "v2-beta"))
                .inFile(source).onLineContaining("version = \"v2-beta\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void everyProblemOfOneClassIsReportedInOneBuild() {
        JavaFileObject source = migration("Broken", """
                @Migration(version = "x", description = "Broken")
                public class Broken {
                    private Broken() {}
                }
                """);
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_NO_CONSTRUCTOR.id());
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_NOT_STEP.id());
        assertThat(compilation).hadErrorContaining(ProcessorErrors.MIGRATION_INVALID_VERSION.id());
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void migrationsWithoutRepositoriesStillGetAServiceFactoryInTheirPackage() {
        Compilation compilation = compile(migration("V1_Create", """
                @Migration(version = "1", description = "Create")
                public class V1_Create implements MigrationStep {
                    public void migrate(Connection c) {}
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ServiceFactory")
                .contentsAsUtf8String().contains("new VersionedMigration(\"1\", \"Create\", new V1_Create())");
    }

    @Test
    void underscoreVersionIsValid() {
        // Flyway reads 2_1 as 2.1.
        JavaFileObject source = source("V2_Seed", """
                @Migration(version = "2_1", description = "Seed")
                public class V2_Seed implements dev.noormme.migration.MigrationStep {
                    public void migrate(java.sql.Connection c) {}
                }
                """);
        assertThat(compile(source)).succeededWithoutWarnings();
    }

    @Test
    void missingRuntimeIsReportedOnTheAnnotation() throws URISyntaxException {
        File annotations = new File(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaFileObject source = JavaFileObjects.forSourceString("test.V1_Create", """
                package test;

                @dev.noormme.annotations.Migration(version = "1", description = "Create")
                public class V1_Create {}
                """);
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .withClasspath(List.of(annotations))
                .compile(source);
        assertThat(compilation)
                .hadErrorContaining(ProcessorErrors.MIGRATION_STEP_MISSING.format("test.V1_Create"))
                .inFile(source).onLineContaining("@dev.noormme.annotations.Migration");
    }
}

package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.noormme.processor.Sources.compile;
import static dev.noormme.processor.Sources.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.noormme.processor.diagnostics.ProcessorErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every entity message of the catalogue, with the line it points at. */
class EntityErrorsTest {

    @Test
    void missingIdIsReportedOnTheType() {
        JavaFileObject user = source("User", """
                @Table
                public record User(Long id, String email) {}
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.NO_ID.format("test.User"))
                .inFile(user).onLineContaining("record User(");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void secondIdIsReportedOnTheSecondId() {
        JavaFileObject user = source("User", """
                @Table
                public record User(
                        @Id Long id,
                        @Id Long otherId,
                        String email) {}
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.DUPLICATE_ID.format("test.User", "otherId", "id"))
                .inFile(user).onLineContaining("otherId");
    }

    @Test
    void unsupportedTypeIsReportedOnTheComponentWithTheSupportedList() {
        JavaFileObject user = source("User", """
                @Table
                public record User(
                        @Id Long id,
                        Object payload) {}
                """);
        assertThat(compile(user))
                .hadErrorContaining(ProcessorErrors.UNSUPPORTED_TYPE.format("payload", "test.User", "java.lang.Object", ""))
                .inFile(user).onLineContaining("Object payload");
    }

    @Test
    void unsupportedFieldTypeSuggestsTransient() {
        JavaFileObject user = source("User", """
                @Table
                public class User {
                    @Id public Long id;
                    public List<String> tags;
                }
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.UNSUPPORTED_TYPE.format("tags", "test.User",
                        "java.util.List<java.lang.String>", ", or mark the field @Transient"))
                .inFile(user).onLineContaining("tags;");
    }

    @Test
    void duplicateTableIsReportedOnTheSecondEntityAndNamesTheFirst() {
        JavaFileObject first = source("User", """
                @Table("people")
                public record User(@Id Long id) {}
                """);
        JavaFileObject second = source("Person", """
                @Table("people")
                public record Person(@Id Long id) {}
                """);
        assertThat(compile(first, second))
                .hadErrorContaining(ProcessorErrors.DUPLICATE_TABLE.format("people", "test.Person", "test.User"))
                .inFile(second).onLineContaining("@Table(\"people\")");
    }

    @Test
    void duplicateColumnIsReportedOnTheSecondPropertyAndNamesBoth() {
        JavaFileObject user = source("User", """
                @Table
                public record User(
                        @Id Long id,
                        String displayName,
                        @Column(name = "display_name") String name) {}
                """);
        assertThat(compile(user))
                .hadErrorContaining(ProcessorErrors.DUPLICATE_COLUMN.format("name", "test.User", "display_name", "displayName"))
                .inFile(user).onLineContaining("String name");
    }

    @Test
    void privateFieldWithoutSetterIsReportedOnTheField() {
        JavaFileObject user = source("User", """
                @Table
                public class User {
                    @Id public Long id;
                    private String name;
                    public String getName() { return name; }
                }
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.INACCESSIBLE_FIELD.format("name", "test.User",
                        "written", "it is not public and there is no public setName(java.lang.String)"))
                .inFile(user).onLineContaining("private String name");
    }

    @Test
    void privateFieldWithoutGetterIsReportedOnTheField() {
        JavaFileObject user = source("User", """
                @Table
                public class User {
                    @Id public Long id;
                    private boolean active;
                    public void setActive(boolean active) { this.active = active; }
                }
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.INACCESSIBLE_FIELD.format("active", "test.User",
                        "read", "it is not public and there is no public isActive()"))
                .inFile(user).onLineContaining("private boolean active");
    }

    @Test
    void classWithoutPublicNoArgConstructorIsReportedOnTheType() {
        JavaFileObject user = source("User", """
                @Table
                public class User {
                    @Id public Long id;
                    public User(Long id) { this.id = id; }
                }
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.NO_PUBLIC_CONSTRUCTOR.format("test.User", "User"))
                .inFile(user).onLineContaining("class User");
    }

    @Test
    void tableOnAnInterfaceIsReportedOnTheAnnotation() {
        JavaFileObject user = source("User", """
                @Table
                public interface User {}
                """);
        assertThat(compile(user))
                .hadErrorContaining(ProcessorErrors.TABLE_NOT_RECORD_OR_CLASS.format("interface", "test.User"))
                .inFile(user).onLineContaining("@Table");
    }

    @Test
    void transientRecordComponentIsReportedOnTheComponent() {
        JavaFileObject user = source("User", """
                @Table
                public record User(
                        @Id Long id,
                        @Transient String cached) {}
                """);
        assertThat(compile(user))
                .hadErrorContaining(ProcessorErrors.TRANSIENT_RECORD_COMPONENT.format("cached", "test.User"))
                .inFile(user).onLineContaining("String cached");
    }

    @Test
    void indexOnAnUnknownColumnIsReportedOnTheValueWithASuggestion() {
        JavaFileObject user = source("User", """
                @Table("users")
                @Index(columns = {"id",
                        "displayName"})
                public record User(@Id Long id, String email, String displayName) {}
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.INDEX_UNKNOWN_COLUMN.format("test.User",
                        "displayName", "users", "id, email, display_name", " Did you mean 'display_name'?"))
                .inFile(user).onLineContaining("\"displayName\"})");
    }

    /** javac cannot trace a repeated annotation's implicit container to source: the type is the next best. */
    @Test
    void repeatedIndexOnAnUnknownColumnIsReportedOnTheType() {
        JavaFileObject user = source("User", """
                @Table("users")
                @Index(columns = "email")
                @Index(columns = "emial")
                public record User(@Id Long id, String email) {}
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.INDEX_UNKNOWN_COLUMN.format("test.User",
                        "emial", "users", "id, email", " Did you mean 'email'?"))
                .inFile(user).onLineContaining("record User(");
    }

    @Test
    void unsupportedIdTypeIsReportedOnTheId() {
        JavaFileObject user = source("User", """
                @Table
                public record User(
                        @Id double id,
                        String email) {}
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.UNSUPPORTED_ID_TYPE.format("id", "test.User", "double"))
                .inFile(user).onLineContaining("double id");
    }

    @Test
    void abstractEntityIsReportedOnTheType() {
        JavaFileObject user = source("User", """
                @Table
                public abstract class User {
                    @Id public Long id;
                }
                """);
        assertThat(compile(user)).hadErrorContaining(ProcessorErrors.ENTITY_NOT_INSTANTIABLE.format("test.User", "abstract"))
                .inFile(user).onLineContaining("class User");
    }

    @Test
    void everyErrorOfOneFileIsReportedInOneBuild() {
        JavaFileObject user = source("User", """
                @Table
                public record User(
                        Object payload,
                        @Transient String cached) {}
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining(ProcessorErrors.NO_ID.format("test.User"))
                .inFile(user).onLineContaining("record User(");
        assertThat(compilation).hadErrorContaining("[NOORMME-E003] 'payload'")
                .inFile(user).onLineContaining("Object payload");
        assertThat(compilation).hadErrorContaining("[NOORMME-E009]")
                .inFile(user).onLineContaining("String cached");
    }

    @Test
    void aBadEntityDoesNotStopAGoodOneFromBeingGenerated(@TempDir Path generated) throws IOException {
        JavaFileObject bad = source("Bad", """
                @Table
                public record Bad(String noId) {}
                """);
        JavaFileObject good = source("Good", """
                @Table
                public record Good(@Id Long id) {}
                """);
        // compile-testing hides generated files of a failed compilation, so javac writes them to a folder.
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, null, diagnostics,
                List.of("-s", generated.toString(), "-d", generated.toString(), "-proc:only"), null, List.of(bad, good));
        task.setProcessors(List.of(new NoormmeProcessor()));
        assertFalse(task.call());
        assertEquals(1, diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count());
        assertTrue(Files.exists(generated.resolve("test/Good_Mapping.java")));
        assertFalse(Files.exists(generated.resolve("test/Bad_Mapping.java")));
    }
}

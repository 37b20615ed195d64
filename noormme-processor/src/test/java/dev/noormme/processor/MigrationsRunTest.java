package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles an application with @Migration classes, then runs its generated ServiceFactory on a
 * SQLite file: migrations at open, a failing one failing create() and restoring the database,
 * and MigrationTesting over the same factory.
 */
class MigrationsRunTest {

    @Test
    void serviceFactoryMigratesAtOpenAndFailsWithMigrationException(@TempDir Path folder) throws Exception {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(source("Note"), source("NotesRepository"), source("Steps"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("notes.Scenario").getConstructor().newInstance();

        assertEquals(List.of(
                "applied=[1, 2, 3] [JDBC, JDBC, JDBC]",
                "notes=[Note[id=1, title=welcome, stars=5], Note[id=2, title=second, stars=3]]",
                "problems=[]",
                "health=UP",
                "failure=V3 Welcome note: [SQLITE_ERROR] SQL error or missing database (no such table: missing_table)",
                "tables=[]",
                "verified=[1, 2, 3]"), scenario.apply(folder.toString()));
    }

    private static JavaFileObject source(String simpleName) {
        String path = "runtime/migrations/" + simpleName + ".java";
        try (InputStream in = MigrationsRunTest.class.getClassLoader().getResourceAsStream(path)) {
            return JavaFileObjects.forSourceString("notes." + simpleName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

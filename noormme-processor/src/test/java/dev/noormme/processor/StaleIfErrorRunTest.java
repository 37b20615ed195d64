package dev.noormme.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a repository with {@code @Cached(staleIfError = ...)} methods, fills the disk under it on a
 * real SQLite file until the circuit breaker opens, and reads through the generated methods.
 */
class StaleIfErrorRunTest {

    @Test
    void generatedCachedReadsWithAnAllowanceServeTheirLastValueWhileTheBreakerIsOpen(@TempDir Path folder)
            throws Exception {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(source("Note"), source("Notes"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("stale.Scenario").getConstructor().newInstance();
        List<String> seen = scenario.apply("jdbc:sqlite:" + folder.resolve("stale.db"));

        assertEquals(List.of(
                "write0=full",
                "write1=full",
                "write2=full",
                "findById=before",
                "findByTitle=1",
                "countByTitle=circuit open",
                "otherId=circuit open",
                "staleServes=2"), seen);
    }

    private static JavaFileObject source(String simpleName) throws IOException {
        try (InputStream in = StaleIfErrorRunTest.class.getClassLoader()
                .getResourceAsStream("runtime/stale/" + simpleName + ".java")) {
            return JavaFileObjects.forSourceString("stale." + simpleName,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

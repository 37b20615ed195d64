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
 * Compiles a repository whose {@code @Cached} methods take a collection, a set and an array, and
 * runs random reads through it on a real SQLite file, each compared with Java's filter of the
 * same rows while the caller changes the arguments it passed (seed {@code noormme.property.seed}).
 * Generated code must key such arguments by a copy ({@code CachedQuery.byValue}).
 */
class CachedArgumentsRunTest {

    @Test
    void cachedReadsWithCollectionAndArrayArgumentsAgreeWithJavaWhileTheCallerChangesThem(@TempDir Path folder)
            throws Exception {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(source("Item"), source("Items"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new GeneratedCodeRunsTest.CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("cachedargs.Scenario").getConstructor().newInstance();

        assertEquals(List.of(), scenario.apply("jdbc:sqlite:" + folder.resolve("items.db")));
    }

    private static JavaFileObject source(String simpleName) throws IOException {
        try (InputStream in = CachedArgumentsRunTest.class.getClassLoader()
                .getResourceAsStream("runtime/cachedargs/" + simpleName + ".java")) {
            return JavaFileObjects.forSourceString("cachedargs." + simpleName,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}

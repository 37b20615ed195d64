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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles entities, nested repositories and a small application with the processor, then runs
 * the generated ServiceFactory and repositories against a real SQLite file.
 */
class GeneratedCodeRunsTest {

    @Test
    void generatedRepositoriesRoundTripEveryOperationOnSqlite(@TempDir Path folder) throws Exception {
        Compilation compilation = javac().withProcessors(new NoormmeProcessor())
                .compile(source("User"), source("Tag"), source("Repositories"), source("Scenario"));
        assertThat(compilation).succeededWithoutWarnings();

        ClassLoader loader = new CompiledClassLoader(compilation, getClass().getClassLoader());
        @SuppressWarnings("unchecked")
        Function<String, List<String>> scenario = (Function<String, List<String>>)
                loader.loadClass("app.Scenario").getConstructor().newInstance();
        List<String> seen = scenario.apply("jdbc:sqlite:" + folder.resolve("app.db"));

        assertEquals(List.of(
                "singleton=true",
                "registry=true",
                "unknown=No repository java.lang.Runnable in this ServiceFactory; it has: "
                        + "app.Repositories.TagsRepository, app.Repositories.UsersRepository",
                "second=ServiceFactory is already initialized; close() it before initializing it again",
                "id=1",
                "read=ann@example.com,Ann,1700000000123,BLOCKED,10.50,[1, 2, 3],"
                        + "00000000-0000-0000-0000-000000000042,true,1990-02-03,7",
                "nulls=null,null,null,null,null",
                "update=true",
                "renamed=Annie",
                "count=2,exists=true,false",
                "deleted=true,false",
                "tagIds=[1, 2, 3]",
                "page=[c],3,false",
                "all=[a, b, c]",
                "health=true",
                "closed=cleared"), seen);
    }

    static JavaFileObject source(String simpleName) {
        String path = "runtime/app/" + simpleName + ".java";
        try (InputStream in = GeneratedCodeRunsTest.class.getClassLoader().getResourceAsStream(path)) {
            return JavaFileObjects.forSourceString("app." + simpleName,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the classes javac wrote to memory. */
    static final class CompiledClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes = new HashMap<>();

        CompiledClassLoader(Compilation compilation, ClassLoader parent) throws IOException {
            super(parent);
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
